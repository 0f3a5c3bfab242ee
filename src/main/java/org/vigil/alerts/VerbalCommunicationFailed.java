package org.vigil.alerts;

import java.time.Instant;

/** Someone tried to tell a clinician by phone or in person and could not reach them. */
public record VerbalCommunicationFailed(AlertId alertId, String by, String note, Instant at)
    implements AlertEvent {}
