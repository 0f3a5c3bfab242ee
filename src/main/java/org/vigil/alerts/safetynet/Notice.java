package org.vigil.alerts.safetynet;

import java.time.Instant;
import java.util.UUID;
import org.vigil.alerts.AlertId;
import org.vigil.alerts.Channel;

/** A notice to a patient, queued by the safety net; {@code sentAt} null while it waits. */
public record Notice(UUID id, AlertId alertId, UUID deliveryId, Channel medium, String wording,
    Instant queuedAt, Instant sentAt, String sentBy) {

  /** The wording line by line (pages show it with its line breaks, escaped). */
  public java.util.List<String> lines() {
    return java.util.List.of(wording.split("\n", -1));
  }

  public boolean isSent() {
    return sentAt != null;
  }
}
