package org.vigil.intake;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Whether intake can commit: the time of the last message committed (accepted or kept as a dead
 * letter) and of the last commit that failed. While failures are newer than successes, intake is
 * failing and health says so.
 */
@Component
public class IntakeCommits {

  private final Clock clock;
  private volatile Instant lastCommit;
  private volatile Instant lastFailure;

  IntakeCommits(Clock clock) {
    this.clock = clock;
  }

  public void committed() {
    lastCommit = clock.instant();
  }

  public void failed() {
    lastFailure = clock.instant();
  }

  public Instant lastCommit() {
    return lastCommit;
  }

  public Instant lastFailure() {
    return lastFailure;
  }

  /** Whether this failure came from the database (rather than from one odd message). */
  public static boolean isDatabaseFailure(Throwable e) {
    return e instanceof org.springframework.dao.DataAccessException
        || e instanceof org.springframework.transaction.TransactionException;
  }

  /** True when the newest commit attempt failed. */
  public boolean failing() {
    Instant failure = lastFailure;
    Instant commit = lastCommit;
    return failure != null && (commit == null || failure.isAfter(commit));
  }
}
