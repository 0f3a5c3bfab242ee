package org.vigil.turnaround;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.record.ExamId;

/**
 * Escalates the breaches an examination has crossed, each once: the escalation row's unique key
 * (exam, breach) is the guarantee, so two nodes sweeping at once, or a sweep repeated after a
 * crash, tell the lead once. Each breach is its own transaction (a duplicate on PostgreSQL
 * aborts the transaction it happens in).
 */
@Service
class Escalator {

  private static final Logger log = LoggerFactory.getLogger(Escalator.class);

  private final Backlog backlog;
  private final Escalations escalations;
  private final ReportingLeads leads;
  private final TransactionTemplate tx;
  private final ApplicationEventPublisher events;

  Escalator(Backlog backlog, Escalations escalations, ReportingLeads leads, TransactionTemplate tx,
      ApplicationEventPublisher events) {
    this.backlog = backlog;
    this.escalations = escalations;
    this.leads = leads;
    this.tx = tx;
    this.events = events;
  }

  /** Escalates what is due on this examination now; returns how many breaches were new. */
  int escalateDue(ExamId id, Instant now) {
    Optional<BacklogItem> read = backlog.find(id);
    if (read.isEmpty()) {
      return 0;
    }
    BacklogItem item = read.get();
    int escalated = 0;
    Instant next = null;
    for (Map.Entry<Breach, Instant> moment : moments(item).entrySet()) {
      if (moment.getValue().isAfter(now)) {
        next = next == null || moment.getValue().isBefore(next) ? moment.getValue() : next;
      } else if (escalate(item, moment.getKey(), moment.getValue(), now)) {
        escalated++;
      }
    }
    backlog.nextEscalation(item, next);
    return escalated;
  }

  /** When each breach of the item's stage falls due. */
  static Map<Breach, Instant> moments(BacklogItem item) {
    return switch (item.stage()) {
      case AWAITING_PERFORMANCE -> Map.of(Breach.NEVER_PERFORMED, item.listAt());
      case AWAITING_REPORT -> Map.of(Breach.TARGET_BREACHED, item.reportDueAt(), Breach.LOST,
          item.listAt());
      case AWAITING_FINAL -> Map.of(Breach.PRELIMINARY_WITHOUT_FINAL, item.listAt());
    };
  }

  private boolean escalate(BacklogItem item, Breach breach, Instant due, Instant now) {
    ReportingLeads.Recipients to = leads.of(item.site(), item.modality());
    try {
      tx.executeWithoutResult(status -> {
        Escalation e = new Escalation(UUID.randomUUID(), item.examId(), breach, due, now,
            to.describe());
        escalations.insert(e);
        for (String user : to.users()) {
          escalations.insertNotice(e.id(), "IN_APP", user, true, now);
        }
        for (String email : to.emails()) {
          escalations.insertNotice(e.id(), "EMAIL", email, false, now);
        }
        events.publishEvent(new TurnaroundBreached(item.examId(), breach, due, now));
      });
      log.info("turnaround breach {} of exam {} escalated to {}", breach, item.examId().value(),
          to.describe());
      return true;
    } catch (DuplicateKeyException already) {
      return false;
    }
  }

}
