package org.vigil.web;

import org.vigil.record.Patient;
import org.vigil.record.Report;

/** A report version with its patient, for lists. */
public record ReportRow(Report report, Patient patient) {}
