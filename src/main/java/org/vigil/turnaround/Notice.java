package org.vigil.turnaround;

import java.time.Instant;
import java.util.UUID;

/**
 * One message of an escalation to one recipient on one channel: IN_APP (a user, or
 * {@code role:FAILSAFE_OFFICER}) or EMAIL (an address).
 */
public record Notice(UUID id, UUID escalationId, String channel, String recipient, String status,
    int attempts, Instant createdAt, Instant deliveredAt, Instant seenAt) {

  public static final String FAILSAFE_OFFICE = "role:FAILSAFE_OFFICER";
}
