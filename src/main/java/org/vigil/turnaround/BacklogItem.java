package org.vigil.turnaround;

import java.time.Duration;
import java.time.Instant;
import org.vigil.record.ExamId;
import org.vigil.record.Priority;

/**
 * An examination on the backlog, as stored: what it waits for since when, its report target and
 * when it joins its fail-safe list.
 *
 * @param since requested (awaiting performance), performed (awaiting report) or preliminary
 *     report (awaiting final)
 * @param reportDueAt performed + target (null unless awaiting report)
 * @param listAt when it joins its fail-safe list (lost, never performed, preliminary too long)
 * @param critical a preliminary report with an open CRITICAL alert or a critical alert code
 */
public record BacklogItem(ExamId examId, Stage stage, Priority priority, Setting setting,
    String modality, String site, String subspecialty, Instant since, Instant reportDueAt,
    Duration target, Instant listAt, Instant nextEscalationAt, boolean critical) {

  /** Time left before the target is breached (negative once breached); null when none. */
  public Duration timeToBreach(Instant now) {
    return reportDueAt == null ? null : Duration.between(now, reportDueAt);
  }

  public Duration age(Instant now) {
    return Duration.between(since, now);
  }
}
