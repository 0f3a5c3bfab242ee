package org.vigil.alerts;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.analysis.ReportAnalysed;
import org.vigil.analysis.ReportsAnalysed;

/**
 * Receives report readings once their transaction committed. The events come through Spring
 * Modulith's JDBC event publication registry: if this listener fails (or the node dies) the
 * publication stays incomplete and is delivered again ({@link AlertClockwork} resubmits it; a
 * restart republishes it), so no reading is lost.
 *
 * <p>Readings come a batch at a time and a batch's alert changes are committed together: one
 * commit per batch, not per report (on H2 a commit per report cost as much CPU as taking the
 * report in). When the batch fails as a whole, each reading is applied on its own; a reading that
 * still fails is published again on its own, so that it alone is retried (and logged) until it
 * applies, and the rest of its batch is not held back by it. Two versions of one report read at
 * once race for the same alert: the loser's conflict is retried against what the winner stored.
 */
@Component
class AlertListener {

  private static final Logger log = LoggerFactory.getLogger(AlertListener.class);
  private static final int ATTEMPTS = 5;

  private final AlertRaising raising;
  private final TransactionTemplate tx;
  private final ApplicationEventPublisher events;

  AlertListener(AlertRaising raising, TransactionTemplate tx, ApplicationEventPublisher events) {
    this.raising = raising;
    this.tx = tx;
    this.events = events;
  }

  @Async
  @TransactionalEventListener
  void on(ReportsAnalysed batch) {
    try {
      tx.executeWithoutResult(status -> batch.readings().forEach(raising::apply));
      return;
    } catch (RuntimeException failed) {
      log.info("alert changes for {} readings failed together ({}); applying them one by one",
          batch.readings().size(), failed.getClass().getSimpleName());
    }
    List<ReportAnalysed> unapplied = new ArrayList<>();
    for (ReportAnalysed reading : batch.readings()) {
      try {
        on(reading);
      } catch (RuntimeException failed) {
        unapplied.add(reading);
      }
    }
    if (!unapplied.isEmpty()) {
      // each becomes a publication of its own, retried until it applies; if even this fails, the
      // whole batch stays incomplete and is applied again (applying a reading twice changes nothing)
      tx.executeWithoutResult(status -> unapplied.forEach(events::publishEvent));
    }
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
      } catch (RuntimeException failed) {
        log.error("ALERT NOT APPLIED for report {}; the event stays incomplete and will be "
            + "resubmitted", analysed.reportId(), failed);
        throw failed;
      }
    }
  }
}
