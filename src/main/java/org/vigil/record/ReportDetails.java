package org.vigil.record;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a result message says: the report version, its full text and any sections, who reported
 * it, and any alert the sender set: the abnormal flag (OBX-8, e.g. "AA") and alert codes (e.g.
 * OBX-17 actionable-finding codes). {@code order} carries the order fields the result repeats
 * (OBR), used when the report arrives before its order.
 */
public record ReportDetails(
    OrderDetails order,
    ReportStatus status,
    String text,
    List<ReportSection> sections,
    String radiologist,
    String abnormalFlag,
    List<String> alertCodes,
    Instant reportedAt,
    List<UnreadableTime> unreadableTimes) {

  /** A report whose stated times were all readable (or not stated). */
  public ReportDetails(OrderDetails order, ReportStatus status, String text,
      List<ReportSection> sections, String radiologist, String abnormalFlag,
      List<String> alertCodes, Instant reportedAt) {
    this(order, status, text, sections, radiologist, abnormalFlag, alertCodes, reportedAt,
        List.of());
  }

  public ReportDetails {
    unreadableTimes = unreadableTimes == null ? List.of() : List.copyOf(unreadableTimes);
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(text, "text");
    sections = List.copyOf(sections);
    alertCodes = List.copyOf(alertCodes);
    FieldLimits.checkText(text, "report text");
    FieldLimits.check(radiologist, FieldLimits.CLINICIAN, "radiologist");
    FieldLimits.check(abnormalFlag, FieldLimits.ABNORMAL_FLAG, "abnormal flag");
    FieldLimits.check(String.join(",", alertCodes), FieldLimits.ALERT_CODES, "alert codes");
    for (ReportSection section : sections) {
      FieldLimits.check(section.heading(), FieldLimits.SECTION_HEADING, "section heading");
      FieldLimits.check(section.code(), FieldLimits.SECTION_CODE, "section code");
      FieldLimits.checkText(section.text(), "section text");
    }
  }

  /** The report time was stated but unreadable, and no other source gave one. */
  boolean reportTimeUnknown() {
    return reportedAt == null && UnreadableTime.any(unreadableTimes, UnreadableTime.Kind.REPORTED);
  }

  public String accessionNumber() {
    return order.accessionNumber();
  }
}
