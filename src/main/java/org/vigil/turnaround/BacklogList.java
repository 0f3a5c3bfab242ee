package org.vigil.turnaround;

/** The lists read from the backlog: what they show and in which order. */
public enum BacklogList {
  /** Performed, unreported: soonest (or longest) breach first. */
  BACKLOG(Stage.AWAITING_REPORT, false, "i.report_due_at, i.exam_id"),
  /** The reporting worklist: clinical priority, then time to breach. */
  WORKLIST(Stage.AWAITING_REPORT, false, "i.priority_rank, i.report_due_at, i.exam_id"),
  /**
   * Performed and still unreported after the lost-after threshold: oldest first (the threshold is
   * one duration, so the order of crossing it is the order of being performed).
   */
  LOST(Stage.AWAITING_REPORT, true, "i.list_at, i.exam_id"),
  /** Requested, neither performed nor cancelled after the threshold: oldest first. */
  NEVER_PERFORMED(Stage.AWAITING_PERFORMANCE, true, "i.list_at, i.exam_id"),
  /** Preliminary reports with no final after the threshold: critical ones first, then oldest. */
  PRELIMINARY_WITHOUT_FINAL(Stage.AWAITING_FINAL, true,
      "case when i.critical then 0 else 1 end, i.list_at, i.exam_id");

  private final Stage stage;
  private final boolean failSafe;
  private final String order;

  BacklogList(Stage stage, boolean failSafe, String order) {
    this.stage = stage;
    this.failSafe = failSafe;
    this.order = order;
  }

  public Stage stage() {
    return stage;
  }

  /** A fail-safe list shows only examinations past their threshold. */
  public boolean isFailSafe() {
    return failSafe;
  }

  String order() {
    return order;
  }
}
