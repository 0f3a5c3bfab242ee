package org.vigil.alerts.web;

import java.time.Instant;
import org.vigil.alerts.Alert;
import org.vigil.record.Patient;

/** A line of an inbox or board: the alert, its patient, and whether its deadline has passed. */
record AlertRow(Alert alert, Patient patient, boolean overdue) {

  static AlertRow of(Alert alert, Patient patient, Instant now) {
    return new AlertRow(alert, patient, alert.nextDueAt() != null && alert.nextDueAt().isBefore(now));
  }
}
