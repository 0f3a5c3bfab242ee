package org.vigil.alerts;

import java.time.Instant;
import org.vigil.findings.AlertCategory;

/** A later report version raised the category; the alert starts again at the higher one. */
public record AlertUpgraded(AlertId alertId, AlertCategory from, AlertCategory to, Instant at)
    implements AlertEvent {}
