package org.vigil.alerts;

import java.time.Instant;

/** What was done about the alert was recorded. */
public record AlertActioned(AlertId alertId, ClinicalAction action, Instant at)
    implements AlertEvent {}
