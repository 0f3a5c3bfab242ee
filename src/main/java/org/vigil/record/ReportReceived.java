package org.vigil.record;

import java.time.Instant;

/**
 * A report version was stored. {@code examId} is null when the report came before its order
 * ({@link ReportLinked} follows when the order arrives).
 */
public record ReportReceived(
    ReportId reportId, ExamId examId, PatientId patientId, String accessionNumber,
    ReportStatus status, int sequence, Provenance provenance, Instant at) {}
