package org.vigil.record;

import java.time.Instant;

/** An examination moved from one status to another. */
public record ExamStatusChanged(
    ExamId examId, PatientId patientId, ExamStatus from, ExamStatus to, Provenance provenance,
    Instant at) {}
