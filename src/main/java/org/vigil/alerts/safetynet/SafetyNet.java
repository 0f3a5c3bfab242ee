package org.vigil.alerts.safetynet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.alerts.Alert;
import org.vigil.alerts.AlertDesk;
import org.vigil.alerts.AlertEscalated;
import org.vigil.alerts.AlertState;
import org.vigil.alerts.Alerts;
import org.vigil.record.Patient;
import org.vigil.record.Patients;
import org.vigil.record.TimeOrderedIds;

/**
 * Queues a notice to the patient when a CRITICAL, URGENT or CANCER alert reaches the end of its
 * escalation chain unactioned (escalated with no further escalation due). Runs in the
 * escalation's own transaction, like delivery planning: the escalation is never stored without
 * its notice, nor a notice without its delivery row and history entry. One notice per alert.
 */
@Component
class SafetyNet {

  private static final Logger log = LoggerFactory.getLogger(SafetyNet.class);

  private final SafetyNetProperties properties;
  private final Alerts alerts;
  private final AlertDesk desk;
  private final Notices notices;
  private final Patients patients;
  private final Clock clock;

  SafetyNet(SafetyNetProperties properties, Alerts alerts, AlertDesk desk, Notices notices,
      Patients patients, Clock clock) {
    this.properties = properties;
    this.alerts = alerts;
    this.desk = desk;
    this.notices = notices;
    this.patients = patients;
    this.clock = clock;
  }

  @EventListener
  void on(AlertEscalated escalated) {
    if (!properties.enabled()) {
      return;
    }
    alerts.find(escalated.alertId()).filter(this::reachedTheEndUnactioned)
        .filter(a -> !notices.existsFor(a.id()))
        .ifPresent(this::queue);
  }

  boolean reachedTheEndUnactioned(Alert alert) {
    return alert.state() == AlertState.ESCALATED && alert.nextDueAt() == null
        && alert.action() == null && properties.categories().contains(alert.category());
  }

  private void queue(Alert alert) {
    Patient patient = alert.subject().patientId() == null ? null
        : patients.find(alert.subject().patientId()).orElse(null);
    String recipient = patient == null ? "patient:unknown" : "patient:" + patient.id().value();
    UUID delivery = desk.queuePatientNotice(alert.id(), properties.medium(), recipient);
    String wording = NoticeWording.render(properties, patient,
        LocalDate.ofInstant(clock.instant(), properties.zone()));
    notices.add(new Notice(TimeOrderedIds.next(), alert.id(), delivery, properties.medium(),
        wording, clock.instant(), null, null));
    log.warn("alert {} reached the end of its escalation chain unactioned: a {} to the patient "
        + "is queued for the fail-safe office", alert.id(), properties.medium());
  }

  /** The fail-safe office sent or printed the notice: the delivery and the history say so. */
  @Transactional
  public void markSent(UUID noticeId, String by) {
    Notice notice = notices.find(noticeId)
        .orElseThrow(() -> new IllegalArgumentException("no such notice"));
    if (!notices.markSent(noticeId, by, clock.instant())) {
      throw new IllegalStateException("this notice was already marked sent");
    }
    desk.patientNoticeSent(notice.alertId(), notice.deliveryId(), by);
  }
}
