package org.vigil.alerts;

import java.time.Instant;

/** The loop is closed. */
public record AlertClosed(AlertId alertId, String by, Instant at) implements AlertEvent {}
