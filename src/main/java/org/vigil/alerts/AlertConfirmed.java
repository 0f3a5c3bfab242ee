package org.vigil.alerts;

import java.time.Instant;

/** The radiologist confirmed Vigil's reading (or, with {@code lapsed}, nobody answered in time). */
public record AlertConfirmed(AlertId alertId, String by, boolean lapsed, Instant at)
    implements AlertEvent {}
