package org.vigil.intake.hl7.mapping;

import static org.vigil.intake.hl7.mapping.Hl7Fields.text;

import java.util.Locale;
import org.vigil.record.ExamStatus;

/**
 * The exam status an order message states. ORC-1 order control decides cancel (CA, OC, CR) and
 * discontinue (DC, OD, DR); otherwise ORC-5 order status (SC scheduled, IP in progress, CM
 * completed, CA, DC); otherwise OBR-25 (S scheduled, X cancelled, O/I requested); otherwise NW
 * means requested and anything else (XO, SC without status...) leaves the status as it is.
 */
public final class OrderStatus {

  private OrderStatus() {}

  static ExamStatus of(OrderUnit unit) {
    String control = unit.orc() == null ? null : upper(text(unit.orc().getOrderControl()));
    ExamStatus byControl = control == null ? null : switch (control) {
      case "CA", "OC", "CR" -> ExamStatus.CANCELLED;
      case "DC", "OD", "DR" -> ExamStatus.DISCONTINUED;
      default -> null;
    };
    if (byControl != null) {
      return byControl;
    }
    ExamStatus byStatus = unit.orc() == null ? null : fromOrderStatus(upper(text(unit.orc().getOrderStatus())));
    if (byStatus != null) {
      return byStatus;
    }
    ExamStatus byResult = unit.obr() == null ? null : fromResultStatus(upper(text(unit.obr().getResultStatus())));
    if (byResult != null) {
      return byResult;
    }
    return "NW".equals(control) ? ExamStatus.REQUESTED : null;
  }

  public static boolean endsOrder(ExamStatus status) {
    return status != null && status.isEnded();
  }

  static ExamStatus fromOrderStatus(String code) {
    if (code == null) {
      return null;
    }
    return switch (code) {
      case "SC" -> ExamStatus.SCHEDULED;
      case "IP", "A" -> ExamStatus.IN_PROGRESS;
      case "CM" -> ExamStatus.PERFORMED;
      case "CA" -> ExamStatus.CANCELLED;
      case "DC" -> ExamStatus.DISCONTINUED;
      default -> null; // HD hold, ER error, RP replaced: no status change
    };
  }

  static ExamStatus fromResultStatus(String code) {
    if (code == null) {
      return null;
    }
    return switch (code) {
      case "O", "I" -> ExamStatus.REQUESTED;
      case "S" -> ExamStatus.SCHEDULED;
      case "X" -> ExamStatus.CANCELLED;
      default -> null;
    };
  }

  private static String upper(String value) {
    return value == null ? null : value.toUpperCase(Locale.ROOT);
  }
}
