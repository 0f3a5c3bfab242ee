package org.vigil.alerts;

import java.time.Instant;

/** A recipient opened the alert (not yet an acknowledgement). */
public record AlertViewed(AlertId alertId, String by, Instant at) implements AlertEvent {}
