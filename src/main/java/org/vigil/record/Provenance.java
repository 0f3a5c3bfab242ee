package org.vigil.record;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a change came from: the channel ("HL7", "FHIR", "UI", "DEMO"), the archived inbound
 * message (if any) and when it was received.
 */
public record Provenance(String channel, UUID messageId, Instant receivedAt) {

  public static Provenance of(String channel, UUID messageId, Instant receivedAt) {
    return new Provenance(channel, messageId, receivedAt);
  }
}
