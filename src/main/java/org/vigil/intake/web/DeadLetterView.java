package org.vigil.intake.web;

import java.time.Instant;
import java.util.UUID;
import org.vigil.intake.DeadLetter;

/** A dead letter as the API and the page show it; {@code text} only in the detail view. */
record DeadLetterView(
    UUID id,
    String channel,
    Instant receivedAt,
    String sendingApplication,
    String sendingFacility,
    String controlId,
    String messageType,
    String ackCode,
    String reason,
    String charset,
    long size,
    boolean truncated,
    String status,
    int replayCount,
    Instant lastReplayedAt,
    String lastReplayedBy,
    String lastReplayOutcome,
    Instant resolvedAt,
    String resolvedBy,
    UUID resolvedMessageId,
    String text) {

  static DeadLetterView summary(DeadLetter d) {
    return of(d, null);
  }

  /** Segments one per line, for reading and editing (CR is turned back on replay). */
  static DeadLetterView detail(DeadLetter d) {
    return of(d, d.text().replace("\r\n", "\n").replace('\r', '\n'));
  }

  private static DeadLetterView of(DeadLetter d, String text) {
    return new DeadLetterView(d.id(), d.channel(), d.receivedAt(), d.sendingApplication(),
        d.sendingFacility(), d.controlId(), d.messageType(), d.ackCode(), d.reason(), d.charset(),
        d.originalSize(), d.truncated(), d.status().name(), d.replayCount(), d.lastReplayedAt(),
        d.lastReplayedBy(), d.lastReplayOutcome(), d.resolvedAt(), d.resolvedBy(),
        d.resolvedMessageId(), text);
  }
}
