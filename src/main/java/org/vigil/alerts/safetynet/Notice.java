package org.vigil.alerts.safetynet;

import java.time.Instant;
import java.util.UUID;
import org.vigil.alerts.AlertId;
import org.vigil.alerts.Channel;

/** A notice to a patient, queued by the safety net; {@code sentAt} null while it waits. */
public record Notice(UUID id, AlertId alertId, UUID deliveryId, Channel medium, String wording,
    Instant queuedAt, Instant sentAt, String sentBy) {

  public boolean isSent() {
    return sentAt != null;
  }
}
