package org.vigil.alerts;

import java.time.Instant;

/** A later report version removed the finding; everyone already told must hear it. */
public record AlertWithdrawn(AlertId alertId, String reason, Instant at) implements AlertEvent {}
