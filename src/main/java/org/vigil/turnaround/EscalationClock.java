package org.vigil.turnaround;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.vigil.record.ExamId;

/**
 * The turnaround clock, on every node: escalates the breaches that fell due (found through the
 * index on next_escalation_at: cost is what is due, not what is stored), sends due emails, and
 * hands record events whose backlog change failed back to {@link TurnaroundListener}. Escalations
 * live in the database, so they survive restarts; each happens once across nodes (the unique key
 * on exam and breach). Time comes from the application's Clock: tests move it and call
 * {@link #tick()}.
 */
@Component
class EscalationClock {

  private static final Logger log = LoggerFactory.getLogger(EscalationClock.class);
  private static final int BATCH = 200;
  private static final Duration RESUBMIT_AFTER = Duration.ofMinutes(1);

  private final Backlog backlog;
  private final Escalator escalator;
  private final LeadMail mail;
  private final IncompleteEventPublications incomplete;
  private final Clock clock;

  EscalationClock(Backlog backlog, Escalator escalator, LeadMail mail,
      IncompleteEventPublications incomplete, Clock clock) {
    this.backlog = backlog;
    this.escalator = escalator;
    this.mail = mail;
    this.incomplete = incomplete;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${vigil.turnaround.sweep-interval:1m}",
      initialDelayString = "${vigil.turnaround.sweep-interval:1m}")
  void scheduled() {
    try {
      tick();
      incomplete.resubmitIncompletePublications(p -> p instanceof TargetEventPublication t
              && t.getTargetIdentifier().getValue().startsWith(TurnaroundListener.class.getName())
          && p.getPublicationDate().isBefore(clock.instant().minus(RESUBMIT_AFTER)));
    } catch (RuntimeException e) {
      log.error("turnaround clock failed; it runs again at the next interval", e);
    }
  }

  /** Everything due now: breaches first (they plan emails), then the emails. */
  void tick() {
    int escalated = 0;
    for (ExamId id : backlog.dueForEscalation(clock.instant(), BATCH)) {
      escalated += escalator.escalateDue(id, clock.instant());
    }
    int sent = mail.sendDue(BATCH);
    if (escalated + sent > 0) {
      log.info("turnaround clock: {} breach(es) escalated, {} email attempt(s)", escalated, sent);
    }
  }
}
