package org.vigil.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * An accepted message in the archive (raw bytes kept as received). {@code resultRef} names what it
 * recorded, where the channel says (FHIR: {@code ServiceRequest/<id>}); null otherwise.
 */
public record ArchivedMessage(
    UUID id,
    String channel,
    String sendingApplication,
    String sendingFacility,
    String controlId,
    String messageType,
    String charset,
    byte[] raw,
    Instant receivedAt,
    String outcome,
    int duplicates,
    UUID deadLetterId,
    String resultRef) {}
