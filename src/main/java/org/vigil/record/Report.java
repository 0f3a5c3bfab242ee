package org.vigil.record;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One version of a report. {@code examId} is null while the report waits for its order.
 * {@code text} is untrusted input: escape it wherever it is shown.
 */
public record Report(
    ReportId id,
    ExamId examId,
    PatientId patientId,
    String accessionNumber,
    int sequence,
    ReportStatus status,
    String text,
    String radiologist,
    String abnormalFlag,
    List<String> alertCodes,
    Instant reportedAt,
    Instant receivedAt,
    String source,
    UUID sourceMessage) {

  public Report {
    alertCodes = List.copyOf(alertCodes);
  }

  /** True when the sender marked this report as needing attention. */
  public boolean isFlagged() {
    boolean abnormal = abnormalFlag != null && !abnormalFlag.isBlank() && !"N".equals(abnormalFlag);
    return abnormal || !alertCodes.isEmpty();
  }
}
