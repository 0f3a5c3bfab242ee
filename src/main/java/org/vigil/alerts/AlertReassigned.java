package org.vigil.alerts;

import java.time.Instant;

/** The fail-safe office handed the alert to another clinician or team ({@code to}, an inbox). */
public record AlertReassigned(AlertId alertId, String to, String by, String reason, Instant at)
    implements AlertEvent {}
