package org.vigil.web;

import org.vigil.record.Exam;
import org.vigil.record.Patient;

/** An examination with its patient, for lists. {@code patient} is null if the record lacks it. */
public record ExamRow(Exam exam, Patient patient) {}
