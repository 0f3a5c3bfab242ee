package org.vigil.alerts.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.vigil.alerts.Alert;
import org.vigil.alerts.AlertState;
import org.vigil.findings.AlertCategory;

/**
 * One person's digest as plain text: counts by category and by state, then each alert, the most
 * overdue first, with its link. The same minimum as the alert email: category, accession
 * number, state, deadline and a link; never report text, never the patient's name.
 */
final class DigestEmail {

  private DigestEmail() {}

  /** The deadline that matters now: acknowledgement while unacknowledged, else action. */
  static Instant deadline(Alert alert) {
    if (alert.awaitsAcknowledgement() && alert.acknowledgeBy() != null) {
      return alert.acknowledgeBy();
    }
    if (alert.awaitsAction() && alert.actionBy() != null) {
      return alert.actionBy();
    }
    return alert.nextDueAt();
  }

  static List<Alert> mostOverdueFirst(List<Alert> alerts) {
    return alerts.stream().sorted(Comparator.comparing(DigestEmail::deadline,
        Comparator.nullsLast(Comparator.naturalOrder()))).toList();
  }

  static String subject(List<Alert> alerts, Instant now) {
    long overdue = alerts.stream().filter(a -> isOverdue(a, now)).count();
    return "[Vigil] " + alerts.size() + " result" + (alerts.size() == 1 ? "" : "s")
        + " awaiting you" + (overdue > 0 ? ", " + overdue + " overdue" : "");
  }

  static String body(List<Alert> alerts, Instant now, ZoneId zone, String linkBase,
      int maxListed) {
    DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(zone);
    List<Alert> sorted = mostOverdueFirst(alerts);
    StringBuilder b = new StringBuilder();
    b.append("Good morning. ").append(alerts.size()).append(alerts.size() == 1
        ? " imaging result awaits" : " imaging results await")
        .append(" your acknowledgement or action in Vigil (").append(when.format(now))
        .append(' ').append(zone.getId()).append(").\n\n");
    b.append("By category: ").append(counts(byCategory(alerts))).append('\n');
    b.append("By state: ").append(counts(byState(alerts))).append("\n\n");
    b.append("Most overdue first:\n");
    for (Alert a : sorted.subList(0, Math.min(maxListed, sorted.size()))) {
      Instant due = deadline(a);
      b.append("- ").append(a.category()).append(" | accession ")
          .append(a.subject().accessionNumber()).append(" | ").append(a.state());
      if (due != null) {
        b.append(" | ").append(a.awaitsAcknowledgement() ? "acknowledge" : "act")
            .append(" by ").append(when.format(due));
        if (due.isBefore(now)) {
          b.append(" (OVERDUE ").append(ago(Duration.between(due, now))).append(')');
        }
      }
      b.append("\n  ").append(linkBase).append("/alerts/").append(a.id()).append('\n');
    }
    if (sorted.size() > maxListed) {
      b.append("... and ").append(sorted.size() - maxListed).append(" more: ")
          .append(linkBase).append("/alerts\n");
    }
    b.append("\nSign in to Vigil to see the patients and the reports. This message holds no "
        + "clinical detail on purpose. Do not reply to it.\n");
    return b.toString();
  }

  private static boolean isOverdue(Alert a, Instant now) {
    Instant due = deadline(a);
    return due != null && due.isBefore(now);
  }

  private static Map<AlertCategory, Long> byCategory(List<Alert> alerts) {
    return alerts.stream().collect(Collectors.groupingBy(Alert::category,
        () -> new EnumMap<>(AlertCategory.class), Collectors.counting()));
  }

  private static Map<AlertState, Long> byState(List<Alert> alerts) {
    return alerts.stream().collect(Collectors.groupingBy(Alert::state,
        () -> new EnumMap<>(AlertState.class), Collectors.counting()));
  }

  private static String counts(Map<? extends Enum<?>, Long> counts) {
    return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private static String ago(Duration d) {
    long minutes = d.toMinutes();
    if (minutes < 60) {
      return minutes + " min";
    }
    if (minutes < 48 * 60) {
      return (minutes / 60) + " h " + (minutes % 60) + " min";
    }
    return d.toDays() + " days";
  }
}
