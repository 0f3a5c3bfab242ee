package org.vigil.analysis;

import java.util.List;

/**
 * Report versions read together: one reading batch, or one part of an approved re-analysis. One
 * event per batch, not one per report, so that a listener kept in the event publication registry
 * costs one stored publication and one commit per batch: on H2 each commit writes every changed
 * page, and one commit per report cost as much CPU as the whole intake of the report.
 */
public record ReportsAnalysed(List<ReportAnalysed> readings) {

  public ReportsAnalysed {
    readings = List.copyOf(readings);
    if (readings.isEmpty()) {
      throw new IllegalArgumentException("a batch of readings is never empty");
    }
  }
}
