package org.vigil.turnaround;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.vigil.alerts.AlertRaised;
import org.vigil.record.ExamOrdered;
import org.vigil.record.ExamStatusChanged;
import org.vigil.record.Exams;
import org.vigil.record.ReportLinked;
import org.vigil.record.ReportReceived;

/**
 * The record's events, once their transaction committed, move the examination's backlog row.
 * They come through Spring Modulith's JDBC event publication registry: if this listener fails
 * or the node dies, the publication stays incomplete and is delivered again (at restart, or by
 * {@link EscalationClock}), so no examination drops off the backlog (hazard H27).
 */
@Component
class TurnaroundListener {

  private final BacklogKeeper keeper;
  private final Exams exams;

  TurnaroundListener(BacklogKeeper keeper, Exams exams) {
    this.keeper = keeper;
    this.exams = exams;
  }

  @Async
  @TransactionalEventListener
  void on(ExamOrdered event) {
    keeper.sync(event.examId());
  }

  @Async
  @TransactionalEventListener
  void on(ExamStatusChanged event) {
    keeper.sync(event.examId());
  }

  @Async
  @TransactionalEventListener
  void on(ReportReceived event) {
    if (event.examId() != null) {
      keeper.sync(event.examId());
    }
  }

  @Async
  @TransactionalEventListener
  void on(ReportLinked event) {
    keeper.sync(event.examId());
  }

  /** A critical alert on a preliminary report moves it to the top of its list. */
  @Async
  @TransactionalEventListener
  void on(AlertRaised event) {
    exams.findByAccession(event.accessionNumber()).ifPresent(e -> keeper.sync(e.id()));
  }
}
