package org.vigil.analysis;

import java.time.Instant;
import org.vigil.findings.ReportAnalysis;
import org.vigil.record.ReportId;

/** The stored result of reading one report version with one knowledge-base version. */
public record ReportReading(
    ReportId reportId, ReportAnalysis analysis, Instant analysedAt, boolean current) {

  public String knowledgeBaseVersion() {
    return analysis.knowledgeBaseVersion();
  }
}
