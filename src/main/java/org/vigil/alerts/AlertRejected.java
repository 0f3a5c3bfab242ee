package org.vigil.alerts;

import java.time.Instant;

/** The radiologist did not confirm Vigil's reading; the reason feeds the knowledge base. */
public record AlertRejected(AlertId alertId, String by, String reason, Instant at)
    implements AlertEvent {}
