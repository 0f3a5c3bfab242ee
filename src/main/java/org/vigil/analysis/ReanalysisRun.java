package org.vigil.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A background re-reading of stored reports with a new knowledge base, awaiting review. */
public record ReanalysisRun(
    UUID id,
    String knowledgeBaseVersion,
    Status status,
    int total,
    int done,
    int alertsRaised,
    int alertsWithdrawn,
    int categoriesChanged,
    Instant startedAt,
    Instant finishedAt,
    String startedBy,
    String decidedBy,
    Instant decidedAt,
    String failure) {

  public enum Status {
    RUNNING,
    AWAITING_REVIEW,
    APPROVED,
    REJECTED,
    FAILED
  }

  /** Reports per second so far. */
  public double rate(Instant now) {
    Instant end = finishedAt == null ? now : finishedAt;
    double seconds = Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
    return done / seconds;
  }

  /** Estimated time left at the current rate, or zero when finished. */
  public Duration timeLeft(Instant now) {
    double rate = rate(now);
    if (status != Status.RUNNING || rate <= 0) {
      return Duration.ZERO;
    }
    return Duration.ofSeconds((long) Math.ceil((total - done) / rate));
  }

  public int percent() {
    return total == 0 ? 100 : (int) Math.floor(100.0 * done / total);
  }
}
