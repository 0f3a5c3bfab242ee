package org.vigil.intake;

import java.time.Instant;

/**
 * What a channel knows about a message it could not accept. {@code raw} may be cut at the stored
 * maximum; {@code originalSize} is what arrived. Sender fields are null when unknown.
 */
public record NewDeadLetter(
    String channel,
    Instant receivedAt,
    String sendingApplication,
    String sendingFacility,
    String controlId,
    String messageType,
    String charset,
    String ackCode,
    String reason,
    byte[] raw,
    long originalSize) {}
