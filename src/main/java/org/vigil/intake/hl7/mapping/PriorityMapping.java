package org.vigil.intake.hl7.mapping;

import static org.vigil.intake.hl7.mapping.Hl7Fields.text;

import ca.uhn.hl7v2.model.v251.datatype.CWE;
import ca.uhn.hl7v2.model.v251.segment.PV1;
import ca.uhn.hl7v2.model.v251.segment.TQ1;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.record.PatientClass;
import org.vigil.record.Priority;

/**
 * Priority and patient class. The stated priority is read from OBR-27.6, ORC-7.6, TQ1-9 and
 * OBR-5 (older versions). In this order: a 2-week-wait code (configurable) or "2WW"/"TWO WEEK"
 * in those fields gives TWO_WEEK_WAIT; an emergency patient (PV1-2 E) gives EMERGENCY_DEPARTMENT;
 * S/STAT/A/ASAP/U/URGENT gives URGENT; an inpatient (PV1-2 I) gives INPATIENT; R/ROUTINE gives
 * ROUTINE; nothing stated gives null (the record's default, ROUTINE). GP direct access cannot be
 * told from standard fields and is not derived.
 */
final class PriorityMapping {

  private PriorityMapping() {}

  static Priority priority(OrderUnit unit, PV1 pv1, List<String> twoWeekWaitCodes) {
    List<String> stated = stated(unit);
    if (stated.stream().anyMatch(p -> isTwoWeekWait(p, twoWeekWaitCodes))) {
      return Priority.TWO_WEEK_WAIT;
    }
    PatientClass patientClass = patientClass(pv1);
    if (patientClass == PatientClass.EMERGENCY) {
      return Priority.EMERGENCY_DEPARTMENT;
    }
    if (stated.stream().anyMatch(PriorityMapping::isUrgent)) {
      return Priority.URGENT;
    }
    if (patientClass == PatientClass.INPATIENT) {
      return Priority.INPATIENT;
    }
    return stated.stream().anyMatch(p -> p.equals("R") || p.equals("ROUTINE"))
        ? Priority.ROUTINE : null;
  }

  static PatientClass patientClass(PV1 pv1) {
    String code = pv1 == null ? null : text(pv1.getPatientClass());
    if (code == null) {
      return null;
    }
    return switch (code.toUpperCase(Locale.ROOT)) {
      case "E" -> PatientClass.EMERGENCY;
      case "I", "B" -> PatientClass.INPATIENT;
      case "O", "P", "R" -> PatientClass.OUTPATIENT;
      case "G", "GP" -> PatientClass.GP; // a local code some UK feeds use; not in HL7 table 0004
      default -> PatientClass.UNKNOWN;
    };
  }

  private static List<String> stated(OrderUnit unit) {
    List<String> values = new ArrayList<>();
    if (unit.obr() != null) {
      for (var tq : unit.obr().getQuantityTiming()) {
        add(values, text(tq.getPriority()));
      }
      add(values, text(unit.obr().getPriorityOBR()));
    }
    if (unit.orc() != null) {
      for (var tq : unit.orc().getQuantityTiming()) {
        add(values, text(tq.getPriority()));
      }
    }
    for (TQ1 tq1 : unit.timings()) {
      for (CWE p : tq1.getPriority()) {
        add(values, text(p.getIdentifier()));
        add(values, text(p.getText()));
      }
    }
    return values;
  }

  private static void add(List<String> values, String value) {
    if (value != null) {
      values.add(value.strip().toUpperCase(Locale.ROOT));
    }
  }

  private static boolean isTwoWeekWait(String p, List<String> codes) {
    return codes.stream().anyMatch(c -> c.equalsIgnoreCase(p))
        || p.contains("2WW") || p.contains("TWO WEEK") || p.contains("2 WEEK");
  }

  private static boolean isUrgent(String p) {
    return switch (p) {
      case "S", "STAT", "A", "ASAP", "U", "URGENT" -> true;
      default -> false;
    };
  }
}
