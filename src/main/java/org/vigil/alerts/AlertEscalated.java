package org.vigil.alerts;

import java.time.Instant;

/** A deadline passed; the alert goes to the next level of the escalation chain. */
public record AlertEscalated(AlertId alertId, int level, String reason, Instant at)
    implements AlertEvent {}
