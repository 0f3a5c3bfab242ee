package org.vigil.intake;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Replays a dead letter (as stored, or with corrected text) through its channel's normal
 * processing path, and records who replayed it and what happened.
 */
@Service
public class DeadLetterReplay {

  private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);

  private final DeadLetters deadLetters;
  private final List<ReplayHandler> handlers;
  private final Clock clock;

  DeadLetterReplay(DeadLetters deadLetters, List<ReplayHandler> handlers, Clock clock) {
    this.deadLetters = deadLetters;
    this.handlers = handlers;
    this.clock = clock;
  }

  public ReplayResult replay(UUID id, String correctedText, String by) {
    DeadLetter letter = deadLetters.find(id)
        .orElseThrow(() -> new DeadLetterNotFound(id));
    if (!letter.isOpen()) {
      throw new DeadLetterAlreadyResolved(id);
    }
    ReplayHandler handler = handlers.stream()
        .filter(h -> h.channel().equals(letter.channel()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no replay path for " + letter.channel()));
    ReplayResult result = handler.replay(letter, blankToNull(correctedText));
    deadLetters.recordReplay(id, by, clock.instant(), result);
    log.info("dead letter {} replayed: {}", id, result.code());
    return result;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  /** No dead letter with this id. */
  public static class DeadLetterNotFound extends RuntimeException {
    public DeadLetterNotFound(UUID id) {
      super("no dead letter " + id);
    }
  }

  /** The dead letter was already replayed successfully. */
  public static class DeadLetterAlreadyResolved extends RuntimeException {
    public DeadLetterAlreadyResolved(UUID id) {
      super("dead letter " + id + " is already resolved");
    }
  }
}
