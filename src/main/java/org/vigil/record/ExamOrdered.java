package org.vigil.record;

import java.time.Instant;

/** An examination entered the record (from an order, or from a report that came first). */
public record ExamOrdered(
    ExamId examId, PatientId patientId, String accessionNumber, ExamStatus status,
    Provenance provenance, Instant at) {}
