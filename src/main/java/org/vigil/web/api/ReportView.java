package org.vigil.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.vigil.record.Report;
import org.vigil.record.ReportSection;
import org.vigil.record.ReportStatus;

/**
 * One report version. {@code text} is the report exactly as received: untrusted, escape it
 * before showing it. {@code sections} is only filled by GET /api/reports/{id}.
 */
@Schema(name = "Report", description = "One version of a report (preliminary, final, corrected, "
    + "addendum). The text is untrusted input exactly as received: escape it before display.")
record ReportView(
    UUID id,
    UUID examId,
    UUID patientId,
    String accessionNumber,
    int version,
    ReportStatus status,
    String text,
    String radiologist,
    String abnormalFlag,
    List<String> alertCodes,
    boolean flagged,
    Instant reportedAt,
    Instant receivedAt,
    String source,
    List<Section> sections) {

  static ReportView of(Report r, List<ReportSection> sections) {
    return new ReportView(r.id().value(), r.examId() == null ? null : r.examId().value(),
        r.patientId().value(), r.accessionNumber(), r.sequence(), r.status(), r.text(),
        r.radiologist(), r.abnormalFlag(), r.alertCodes(), r.isFlagged(), r.reportedAt(),
        r.receivedAt(), r.source(),
        sections == null ? null : sections.stream().map(Section::of).toList());
  }

  static ReportView of(Report r) {
    return of(r, null);
  }

  /** A headed part of the report (findings, impression...). */
  @Schema(name = "ReportSection")
  record Section(String heading, String code, String text) {

    static Section of(ReportSection s) {
      return new Section(s.heading(), s.code(), s.text());
    }
  }
}
