package org.vigil.analysis;

import java.time.Instant;
import java.util.UUID;
import org.vigil.record.ReportId;

/**
 * A finding a clinician marked as wrong, with the explanation the engine gave at the time
 * (copied: the knowledge base may have changed since) so the fix can start as a test.
 */
public record FalseAlertReport(
    UUID id,
    ReportId report,
    int findingIndex,
    MarkedFinding finding,
    FalseAlertReason reason,
    String comment,
    String engineVersion,
    String explanation,
    String reportedBy,
    Instant reportedAt) {

  /** The finding as it was read: concept, the category it earned and the matched words. */
  public record MarkedFinding(String concept, String category, String matchedWords) {}
}
