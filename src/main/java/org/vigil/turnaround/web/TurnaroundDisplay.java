package org.vigil.turnaround.web;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.vigil.turnaround.BacklogItem;

/** Durations and breach states in words for the turnaround pages. */
@Component("turnaroundDisplay")
public class TurnaroundDisplay {

  /** "3 d 4 h", "2 h 05 min", "12 min". */
  public String span(Duration d) {
    if (d == null) {
      return "—";
    }
    Duration a = d.abs();
    if (a.toDays() > 0) {
      return a.toDays() + " d " + a.toHoursPart() + " h";
    }
    if (a.toHours() > 0) {
      return a.toHours() + " h " + String.format("%02d", a.toMinutesPart()) + " min";
    }
    return a.toMinutes() + " min";
  }

  /** Time to breach as a sentence: "breached 2 h ago" or "in 3 h 10 min". */
  public String toBreach(BacklogItem item, Instant now) {
    Duration left = item.timeToBreach(now);
    if (left == null) {
      return "—";
    }
    return left.isNegative() ? "breached " + span(left) + " ago" : "in " + span(left);
  }

  /** The badge colour of the time to breach: red breached, amber under a quarter left. */
  public String breachClass(BacklogItem item, Instant now) {
    Duration left = item.timeToBreach(now);
    if (left == null) {
      return "text-bg-light border";
    }
    if (left.isNegative()) {
      return "text-bg-danger";
    }
    return item.target() != null && left.compareTo(item.target().dividedBy(4)) < 0
        ? "text-bg-warning border border-dark" : "text-bg-light border";
  }

  /** The patient setting under the priority, when it says something the priority does not. */
  public String settingNote(BacklogItem item) {
    String same = switch (item.priority()) {
      case EMERGENCY_DEPARTMENT -> "ED";
      case INPATIENT -> "INPATIENT";
      case TWO_WEEK_WAIT -> "TWO_WEEK_WAIT";
      case GP_DIRECT_ACCESS -> "GP_DIRECT_ACCESS";
      default -> "";
    };
    if (item.setting().name().equals(same)) {
      return "";
    }
    return switch (item.setting()) {
      case ED -> "ED patient";
      case INPATIENT -> "Inpatient";
      case TWO_WEEK_WAIT -> "2-week-wait pathway";
      case GP_DIRECT_ACCESS -> "GP direct access";
      case OUTPATIENT -> "Outpatient";
    };
  }

  /** Priority badge colours with readable contrast (dark text on light, white on dark). */
  public String priorityClass(Enum<?> priority) {
    return switch (priority.name()) {
      case "EMERGENCY_DEPARTMENT" -> "text-bg-danger";
      case "URGENT" -> "text-bg-warning border border-dark";
      case "INPATIENT" -> "text-bg-primary";
      case "TWO_WEEK_WAIT" -> "text-bg-dark";
      default -> "text-bg-light border";
    };
  }
}
