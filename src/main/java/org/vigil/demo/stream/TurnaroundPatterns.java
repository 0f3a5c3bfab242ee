package org.vigil.demo.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.vigil.demo.content.RequestPriority;
import org.vigil.demo.content.Significance;

/**
 * Gives the demo's history the shapes a reporting manager looks for: an MRI backlog that builds
 * over the last three weeks (outpatient MRI reports take up to five times longer, and the latest
 * are still waiting), preliminary reports never finalised, and orders never performed nor
 * cancelled. Only orders with normal reports are re-timed, so every alert the demo shows still
 * arrives. Each decision uses its own generator seeded from the accession number, so the rest of
 * the stream stays the same.
 */
final class TurnaroundPatterns {

  static final Duration BACKLOG_BUILDS_OVER = Duration.ofDays(21);
  static final double SLOWEST = 5.0;

  private TurnaroundPatterns() {}

  static DemoOrder shape(DemoOrder o, Instant now) {
    if (o.report().significance() != Significance.NORMAL || o.orderArrivesLate()
        || o.cancelledAt() != null || o.discontinuedAt() != null) {
      return o;
    }
    Random random = new Random(o.accessionNumber().hashCode() * 31L + 12);
    int roll = random.nextInt(1000);
    boolean planned = o.priority() != RequestPriority.ED && o.priority() != RequestPriority.INPATIENT;
    if (planned && roll < 25 && o.performedAt() != null) {
      return o.withOutcome(null, null, null, null, null, null); // never performed, never cancelled
    }
    if (o.preliminaryAt() != null && o.reportedAt() != null && roll >= 900) {
      return o.withOutcome(o.performedAt(), o.completedAt(), o.preliminaryAt(), null, null, null);
    }
    if (planned && "MR".equals(o.procedure().modality()) && o.reportedAt() != null) {
      return slower(o, now);
    }
    return o;
  }

  /** Outpatient MRI performed in the last three weeks is reported ever more slowly. */
  private static DemoOrder slower(DemoOrder o, Instant now) {
    Instant start = now.minus(BACKLOG_BUILDS_OVER);
    if (o.completedAt().isBefore(start)) {
      return o;
    }
    double progress = Duration.between(start, o.completedAt()).toMinutes()
        / (double) BACKLOG_BUILDS_OVER.toMinutes();
    double factor = 1 + (SLOWEST - 1) * progress;
    Duration delay = Duration.between(o.completedAt(), o.reportedAt());
    Duration longer = Duration.ofSeconds((long) (delay.getSeconds() * factor));
    Duration shift = longer.minus(delay);
    return o.withOutcome(o.performedAt(), o.completedAt(), o.preliminaryAt(),
        o.reportedAt().plus(shift), plus(o.correctedAt(), shift), plus(o.addendumAt(), shift));
  }

  private static Instant plus(Instant at, Duration shift) {
    return at == null ? null : at.plus(shift);
  }
}
