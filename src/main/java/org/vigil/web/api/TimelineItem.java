package org.vigil.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.vigil.web.TimelineEntry;

/** One dated event in a patient's imaging history. */
@Schema(name = "TimelineEntry")
record TimelineItem(
    Instant at, TimelineEntry.Kind kind, String accessionNumber, String description, UUID examId,
    UUID reportId) {

  static TimelineItem of(TimelineEntry e) {
    return new TimelineItem(e.at(), e.kind(), e.accessionNumber(), e.description(),
        e.examId() == null ? null : e.examId().value(),
        e.reportId() == null ? null : e.reportId().value());
  }
}
