package org.vigil.alerts;

import java.time.Instant;
import java.util.UUID;

/**
 * One message about an alert to one recipient on one channel, and how its sending went.
 *
 * @param purpose "ALERT:&lt;category&gt;", "REASSIGNED" (the alert handed to someone new),
 *     "CONFIRMATION" or "WITHDRAWAL"
 * @param level the step of the escalation chain it was sent at
 */
public record Delivery(UUID id, AlertId alertId, String purpose, int level, Channel channel,
    String recipient, Status status, int attempts, Instant nextAttemptAt, String lastError,
    Instant createdAt, Instant deliveredAt) {

  public enum Status { PENDING, DELIVERED, FAILED, CANCELLED }

  public boolean isAlert() {
    return purpose.startsWith("ALERT:") || purpose.equals("REASSIGNED");
  }
}
