package org.vigil.turnaround;

import org.vigil.record.Exam;

/** What an open examination is waiting for. */
public enum Stage {
  /** Requested or scheduled, not yet performed (nor cancelled). */
  AWAITING_PERFORMANCE,
  /** Performed, no report of any kind yet: the reporting backlog. */
  AWAITING_REPORT,
  /** A preliminary report, no final yet. */
  AWAITING_FINAL;

  /** The stage of this examination, or null when it waits for nothing (reported, cancelled). */
  static Stage of(Exam exam) {
    return switch (exam.status()) {
      case REPORTED, CANCELLED, DISCONTINUED -> null;
      case PRELIMINARY_REPORTED -> AWAITING_FINAL;
      case PERFORMED -> AWAITING_REPORT;
      case REQUESTED, SCHEDULED, IN_PROGRESS ->
          exam.performedAt() != null ? AWAITING_REPORT : AWAITING_PERFORMANCE;
    };
  }
}
