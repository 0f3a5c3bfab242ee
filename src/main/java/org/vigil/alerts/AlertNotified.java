package org.vigil.alerts;

import java.time.Instant;

/** An alert reached a recipient through a channel. */
public record AlertNotified(AlertId alertId, String channel, String recipient, Instant at)
    implements AlertEvent {}
