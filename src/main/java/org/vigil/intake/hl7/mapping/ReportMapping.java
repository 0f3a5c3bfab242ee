package org.vigil.intake.hl7.mapping;

import static org.vigil.intake.hl7.mapping.Hl7Fields.firstNonNull;
import static org.vigil.intake.hl7.mapping.Hl7Fields.text;
import static org.vigil.record.UnreadableTime.Kind.REPORTED;

import ca.uhn.hl7v2.model.v251.datatype.CE;
import ca.uhn.hl7v2.model.v251.segment.OBR;
import ca.uhn.hl7v2.model.v251.segment.OBX;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigil.intake.hl7.Hl7Rejection;
import org.vigil.record.FieldLimits;
import org.vigil.record.OrderDetails;
import org.vigil.record.ReportDetails;
import org.vigil.record.ReportSection;

/**
 * An ORU order (OBR and its OBX) to {@link ReportDetails}: the text of every textual OBX in
 * message order (one line per OBX, repetitions and \.br\ as line breaks), sections by OBX-3, the
 * status from OBR-25 or OBX-11, OBR-32 radiologist, the strongest OBX-8 abnormal flag, OBX-17
 * codes, OBR-22 / OBX-14 report time. An encapsulated (ED) report becomes a visible placeholder.
 */
final class ReportMapping {

  private ReportMapping() {}

  static ReportDetails report(OrderUnit unit, OrderDetails order, MappingContext context) {
    ReportText text = ReportText.of(unit.observations(), context.charset());
    if (text.text().isBlank()) {
      throw Hl7Rejection.error(Hl7Rejection.REQUIRED_FIELD_MISSING,
          "result has no report text (no TX/FT/ST/CE/ED observation with a value)");
    }
    Hl7Fields.fitText(text.text(), "OBX-5");
    List<ReportSection> sections = text.sections();
    StatedTimes times = new StatedTimes(context.zone());
    Instant reportedAt = reportedAt(unit, times);
    return new ReportDetails(order, ReportStatusMapping.status(unit, sections),
        text.text(), sections, radiologist(unit),
        AbnormalFlags.strongest(unit.observations()), alertCodes(unit.observations()),
        reportedAt, times.unreadable());
  }

  private static String radiologist(OrderUnit unit) {
    OBR obr = unit.obr();
    String interpreter = obr == null ? null
        : Hl7Fields.person(obr.getPrincipalResultInterpreter().getNDLName());
    if (interpreter != null) {
      return Hl7Fields.fit(interpreter, FieldLimits.CLINICIAN, "OBR-32");
    }
    for (OBX obx : unit.observations()) {
      if (obx.getResponsibleObserver().length > 0) {
        String observer = Hl7Fields.person(obx.getResponsibleObserver(0));
        if (observer != null) {
          return Hl7Fields.fit(observer, FieldLimits.CLINICIAN, "OBX-16");
        }
      }
    }
    return null;
  }

  /**
   * OBX-17 observation method codes (used by some RIS for actionable-finding codes). All of them
   * or none: a message whose codes do not fit is refused, since a dropped code is a lost alert.
   */
  static List<String> alertCodes(List<OBX> observations) {
    Set<String> codes = new LinkedHashSet<>();
    for (OBX obx : observations) {
      for (CE method : obx.getObservationMethod()) {
        String code = firstNonNull(text(method.getIdentifier()), text(method.getText()));
        if (code != null && code.contains(",")) {
          throw Hl7Rejection.field("OBX-17", "holds a comma, which Vigil uses between codes");
        }
        if (code != null) {
          codes.add(code);
        }
      }
    }
    Hl7Fields.fit(String.join(",", codes), FieldLimits.ALERT_CODES, "OBX-17");
    return new ArrayList<>(codes);
  }

  /**
   * OBR-22 results status change time, else the latest OBX-14 observation time, else the ORU's
   * ORC-9 transaction time (the time the result was sent by the RIS, still the feed's clock).
   */
  private static Instant reportedAt(OrderUnit unit, StatedTimes times) {
    Instant obr22 = unit.obr() == null ? null : times.read(
        text(unit.obr().getResultsRptStatusChngDateTime().getTime()), "OBR-22", REPORTED);
    if (obr22 != null) {
      return obr22;
    }
    Instant latest = null;
    for (OBX obx : unit.observations()) {
      Instant t = times.read(text(obx.getDateTimeOfTheObservation().getTime()), "OBX-14",
          REPORTED);
      if (t != null && (latest == null || t.isAfter(latest))) {
        latest = t;
      }
    }
    if (latest != null || unit.orc() == null || times.isUnreadable(REPORTED)) {
      return latest;
    }
    return times.read(text(unit.orc().getDateTimeOfTransaction().getTime()), "ORC-9", REPORTED);
  }
}
