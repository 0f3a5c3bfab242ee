package org.vigil.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * A message as received, for the archive: raw bytes exactly as they came (after framing), the
 * character set they were decoded with, and the sender's header fields. {@code deadLetterId} is
 * set when the message is a replayed dead letter.
 */
public record InboundMessage(
    String channel,
    byte[] raw,
    String charset,
    String sendingApplication,
    String sendingFacility,
    String controlId,
    String messageType,
    Instant receivedAt,
    UUID deadLetterId) {}
