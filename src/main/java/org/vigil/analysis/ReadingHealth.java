package org.vigil.analysis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Reading's part of health: DOWN when the reader thread has died, or when it keeps failing and has
 * read nothing for {@code vigil.reading.stuck-after} (reports would then raise no alerts).
 */
@Component("reading")
class ReadingHealth implements HealthIndicator {

  private final ReadingQueue queue;
  private final Clock clock;
  private final Duration stuckAfter;
  private final Instant startedAt;

  ReadingHealth(ReadingQueue queue, Clock clock,
      @Value("${vigil.reading.stuck-after:10m}") Duration stuckAfter) {
    this.queue = queue;
    this.clock = clock;
    this.stuckAfter = stuckAfter;
    this.startedAt = clock.instant();
  }

  @Override
  public Health health() {
    ReadingQueue.State state = queue.state();
    Health.Builder health;
    if (state.stopped()) {
      health = Health.down().withDetail("problem", "the report reader has stopped");
    } else if (stuck(state)) {
      health = Health.down().withDetail("problem", "the report reader has been failing for "
          + "longer than " + stuckAfter + ": new reports are not being read");
    } else {
      health = Health.up();
    }
    health.withDetail("awaitingReading", state.awaiting());
    if (state.lastRead() != null) {
      health.withDetail("lastRead", state.lastRead().toString());
    }
    if (state.lastFailure() != null) {
      health.withDetail("lastFailure", state.lastFailure().toString());
    }
    return health.build();
  }

  private boolean stuck(ReadingQueue.State state) {
    if (state.lastFailure() == null) {
      return false;
    }
    Instant progress = state.lastRead() == null ? startedAt : state.lastRead();
    return state.lastFailure().isAfter(progress)
        && Duration.between(progress, clock.instant()).compareTo(stuckAfter) > 0;
  }
}
