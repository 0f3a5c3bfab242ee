package org.vigil.intake;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * A message Vigil could not accept, kept with why, when and from whom, until it is fixed and
 * replayed. Never deleted: a replayed dead letter is marked resolved.
 */
public record DeadLetter(
    UUID id,
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
    long originalSize,
    boolean truncated,
    Status status,
    int replayCount,
    Instant lastReplayedAt,
    String lastReplayedBy,
    String lastReplayOutcome,
    Instant resolvedAt,
    String resolvedBy,
    UUID resolvedMessageId) {

  public enum Status { OPEN, RESOLVED }

  /** The raw bytes as text, in the charset they were decoded with (ISO-8859-1 if unknown). */
  public String text() {
    return new String(raw, charsetOrLatin1());
  }

  public boolean isOpen() {
    return status == Status.OPEN;
  }

  private Charset charsetOrLatin1() {
    try {
      return charset == null ? StandardCharsets.ISO_8859_1 : Charset.forName(charset);
    } catch (RuntimeException unknown) {
      return StandardCharsets.ISO_8859_1;
    }
  }
}
