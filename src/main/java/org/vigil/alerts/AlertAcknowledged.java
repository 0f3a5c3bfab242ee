package org.vigil.alerts;

import java.time.Instant;

/** A clinician took responsibility; the action deadline starts. */
public record AlertAcknowledged(AlertId alertId, Acknowledgement acknowledgement, Instant actionBy,
    Instant at) implements AlertEvent {}
