package org.vigil.web;

import java.time.Instant;
import org.vigil.record.ExamId;
import org.vigil.record.ReportId;

/**
 * One dated event in a patient's imaging history: an order placed, scheduled, performed or
 * cancelled, or a report version received. {@code reportId} is set for report versions only.
 */
public record TimelineEntry(
    Instant at, Kind kind, String accessionNumber, String description, ExamId examId,
    ReportId reportId) {

  /** What happened. */
  public enum Kind { ORDERED, SCHEDULED, PERFORMED, CANCELLED, DISCONTINUED, REPORT }
}
