package org.vigil.turnaround;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.vigil.alerts.AlertRaised;
import org.vigil.alerts.AlertUpgraded;
import org.vigil.alerts.Alerts;
import org.vigil.findings.AlertCategory;
import org.vigil.record.ExamId;
import org.vigil.record.ExamOrdered;
import org.vigil.record.ExamStatusChanged;
import org.vigil.record.Exams;
import org.vigil.record.ReportLinked;
import org.vigil.record.ReportReceived;

/**
 * The record's events move the examination's backlog row in the same transaction as the change
 * itself: the examinations a transaction touched are synced once, just before it commits, so the
 * backlog commits with the record or not at all (hazard H27), and a failure to sync fails the
 * transaction loudly (intake answers with an error and the sender resends). This replaced
 * listeners kept in the event publication registry, whose completion cost one extra commit per
 * event: with three events per result message that alone took intake from 0.5 to 0.12 of bare
 * HAPI's rate on H2.
 */
@Component
class TurnaroundListener {

  private final BacklogKeeper keeper;
  private final Exams exams;
  private final Alerts alerts;

  TurnaroundListener(BacklogKeeper keeper, Exams exams, Alerts alerts) {
    this.keeper = keeper;
    this.exams = exams;
    this.alerts = alerts;
  }

  @EventListener
  void on(ExamOrdered event) {
    touched(event.examId());
  }

  @EventListener
  void on(ExamStatusChanged event) {
    touched(event.examId());
  }

  @EventListener
  void on(ReportReceived event) {
    if (event.examId() != null) {
      touched(event.examId());
    }
  }

  @EventListener
  void on(ReportLinked event) {
    touched(event.examId());
  }

  /**
   * A critical alert on a preliminary report moves it to the top of its list. Other categories
   * change nothing on the backlog, so they cost nothing here (most alerts are not CRITICAL).
   */
  @EventListener
  void on(AlertRaised event) {
    if (event.category() == AlertCategory.CRITICAL) {
      exams.findByAccession(event.accessionNumber()).ifPresent(e -> touched(e.id()));
    }
  }

  /** An alert upgraded to CRITICAL (a corrected report) moves its exam up as a raised one does. */
  @EventListener
  void on(AlertUpgraded event) {
    if (event.to() == AlertCategory.CRITICAL) {
      alerts.find(event.alertId()).flatMap(a -> exams.findByAccession(
          a.subject().accessionNumber())).ifPresent(e -> touched(e.id()));
    }
  }

  private void touched(ExamId id) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      keeper.sync(id);
      return;
    }
    @SuppressWarnings("unchecked")
    Set<ExamId> pending = (Set<ExamId>) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      Set<ExamId> fresh = new LinkedHashSet<>();
      TransactionSynchronizationManager.bindResource(this, fresh);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          fresh.forEach(keeper::sync);
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(TurnaroundListener.this);
        }
      });
      pending = fresh;
    }
    pending.add(id);
  }
}
