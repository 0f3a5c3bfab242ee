package org.vigil.alerts;

import java.time.Instant;
import org.vigil.findings.AlertCategory;

/** An alert now needs a clinician: delivered, then chased until acknowledged. */
public record AlertRaised(AlertId alertId, String accessionNumber, AlertCategory category,
    AlertSource source, Instant acknowledgeBy, Instant at) implements AlertEvent {}
