package org.vigil.alerts.fhir;

import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Task.TaskPriority;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.vigil.alerts.Alert;
import org.vigil.findings.AlertCategory;

/**
 * Vigil's alert states as FHIR R4 Task.status, and back for searching (docs/alerts-fhir.md gives
 * the reasons). The mapping never tells an EPR that somebody owns an alert nobody acknowledged:
 * VIEWED stays "received", and an ESCALATED alert is "requested" (of the next level) until it is
 * acknowledged, "accepted" after.
 */
final class TaskStatuses {

  /** For each Task.status a client may search by, the SQL condition over the alert row. */
  private static final Map<TaskStatus, String> CONDITIONS = Map.of(
      TaskStatus.DRAFT, "state = 'AWAITING_CONFIRMATION'",
      TaskStatus.REQUESTED, "(state = 'RAISED' or (state = 'ESCALATED' and ack_user is null))",
      TaskStatus.RECEIVED, "state in ('NOTIFIED', 'VIEWED')",
      TaskStatus.ACCEPTED, "(state = 'ACKNOWLEDGED' or (state = 'ESCALATED' and ack_user is not null))",
      TaskStatus.COMPLETED, "state in ('ACTIONED', 'CLOSED')",
      TaskStatus.CANCELLED, "state = 'WITHDRAWN'",
      TaskStatus.REJECTED, "state = 'REJECTED'");

  private TaskStatuses() {}

  static TaskStatus of(Alert alert) {
    return switch (alert.state()) {
      case AWAITING_CONFIRMATION -> TaskStatus.DRAFT;
      case RAISED -> TaskStatus.REQUESTED;
      case NOTIFIED, VIEWED -> TaskStatus.RECEIVED;
      case ACKNOWLEDGED -> TaskStatus.ACCEPTED;
      case ESCALATED -> alert.acknowledgement() == null ? TaskStatus.REQUESTED : TaskStatus.ACCEPTED;
      case ACTIONED, CLOSED -> TaskStatus.COMPLETED;
      case WITHDRAWN -> TaskStatus.CANCELLED;
      case REJECTED -> TaskStatus.REJECTED;
    };
  }

  /** The SQL condition for a searched Task.status; null when no alert can have it. */
  static String condition(TaskStatus status) {
    return CONDITIONS.get(status);
  }

  /** Every Task.status Vigil uses, for the documentation and tests. */
  static List<TaskStatus> used() {
    return List.copyOf(CONDITIONS.keySet());
  }

  static TaskPriority priority(AlertCategory category) {
    return switch (category) {
      case CRITICAL -> TaskPriority.STAT;
      case URGENT -> TaskPriority.ASAP;
      case CANCER -> TaskPriority.URGENT;
      default -> TaskPriority.ROUTINE;
    };
  }
}
