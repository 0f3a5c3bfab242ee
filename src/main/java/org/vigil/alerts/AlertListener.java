package org.vigil.alerts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.analysis.ReportAnalysed;

/**
 * Receives every report reading once its transaction committed. The event comes through Spring
 * Modulith's JDBC event publication registry: if this listener fails (or the node dies) the
 * publication stays incomplete and is delivered again ({@link AlertClockwork} resubmits it; a
 * restart republishes it), so no reading is lost. Two versions of one report read at once race
 * for the same alert: the loser's conflict is retried here against what the winner stored.
 */
@Component
class AlertListener {

  private static final Logger log = LoggerFactory.getLogger(AlertListener.class);
  private static final int ATTEMPTS = 5;

  private final AlertRaising raising;
  private final TransactionTemplate tx;

  AlertListener(AlertRaising raising, TransactionTemplate tx) {
    this.raising = raising;
    this.tx = tx;
  }

  @Async
  @TransactionalEventListener
  void on(ReportAnalysed analysed) {
    for (int attempt = 1; ; attempt++) {
      try {
        tx.executeWithoutResult(status -> raising.apply(analysed));
        return;
      } catch (DataIntegrityViolationException | OptimisticLockingFailureException conflict) {
        if (attempt == ATTEMPTS) {
          log.error("ALERT NOT APPLIED for report {} after {} attempts; the event stays "
              + "incomplete and will be resubmitted", analysed.reportId(), attempt, conflict);
          throw conflict;
        }
        log.info("alert change for report {} conflicted with another; retrying",
            analysed.reportId());
      }
    }
  }
}
