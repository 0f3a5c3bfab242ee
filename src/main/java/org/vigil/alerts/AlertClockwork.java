package org.vigil.alerts;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.vigil.analysis.ReportAnalysed;
import org.vigil.analysis.ReportsAnalysed;

/**
 * The loop's clock, on every node: acts on alerts whose deadline passed, sends due deliveries and
 * hands report readings whose alert change failed back to {@link AlertListener}. Due work is
 * found through the due-time indexes (cost: what is due, not what is stored). Deadlines live in
 * the database, so they survive restarts; with several nodes each step happens once, because
 * every alert change checks the version it read and every delivery attempt is claimed.
 * Time comes from the application's Clock: tests move it and call {@link #tick()}.
 */
@Component
class AlertClockwork {

  private static final Logger log = LoggerFactory.getLogger(AlertClockwork.class);
  private static final int BATCH = 200;
  private static final Duration RESUBMIT_AFTER = Duration.ofMinutes(1);
  /** Full batches of deliveries sent in one sweep at most (a storm is drained, not trickled). */
  private static final int MAX_ROUNDS = 20;

  private final Alerts alerts;
  private final AlertDesk desk;
  private final DeliverySender sender;
  private final IncompleteEventPublications incomplete;
  private final java.time.Clock clock;

  AlertClockwork(Alerts alerts, AlertDesk desk, DeliverySender sender,
      IncompleteEventPublications incomplete, java.time.Clock clock) {
    this.alerts = alerts;
    this.desk = desk;
    this.sender = sender;
    this.incomplete = incomplete;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${vigil.alerts.sweep-interval:5s}",
      initialDelayString = "${vigil.alerts.sweep-interval:5s}")
  void scheduled() {
    try {
      tick();
      incomplete.resubmitIncompletePublications(p -> isReading(p.getEvent())
          && p.getPublicationDate().isBefore(clock.instant().minus(RESUBMIT_AFTER)));
    } catch (RuntimeException e) {
      log.error("alert clockwork failed; it runs again at the next interval", e);
    }
  }

  private static boolean isReading(Object event) {
    return event instanceof ReportsAnalysed || event instanceof ReportAnalysed;
  }

  /** Everything due now: deadlines first (they plan deliveries), then the deliveries. */
  void tick() {
    int acted = 0;
    for (AlertId id : alerts.due(clock.instant(), BATCH)) {
      try {
        if (desk.deadlinePassed(id)) {
          acted++;
        }
      } catch (OptimisticLockingFailureException taken) {
        log.debug("alert {} was changed by another node or person meanwhile", id);
      }
    }
    int sent = 0;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      int now = sender.sendDue(BATCH);
      sent += now;
      if (now < BATCH) {
        break; // nothing more is due (a full batch means more may be waiting: go on)
      }
    }
    if (acted + sent > 0) {
      log.info("alert clockwork: {} deadline(s) acted on, {} delivery attempt(s)", acted, sent);
    }
  }
}
