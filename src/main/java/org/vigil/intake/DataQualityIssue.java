package org.vigil.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * A value an accepted message stated but Vigil could not read, so the record holds it as unknown:
 * which message, which exam (accession; null for the message header), which field, the value as
 * sent and what is wrong with it.
 */
public record DataQualityIssue(UUID id, String channel, UUID messageId, String accessionNumber,
    String field, String rawValue, String problem, Instant recordedAt) {}
