package org.vigil.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people and the clock do to alerts: each call loads the alert, lets the aggregate take the
 * step (or refuse it) and stores it with its history and deliveries in one transaction. Who may
 * do what is {@link AlertAccess}'s question, asked by the callers before they call.
 */
@Service
public class AlertDesk {

  private final Alerts alerts;
  private final AlertPolicy policy;
  private final Recipients recipients;
  private final Deliveries deliveries;
  private final Clock clock;

  AlertDesk(Alerts alerts, AlertPolicy policy, Recipients recipients, Deliveries deliveries,
      Clock clock) {
    this.alerts = alerts;
    this.policy = policy;
    this.recipients = recipients;
    this.deliveries = deliveries;
    this.clock = clock;
  }

  @Transactional
  public Alert confirm(AlertId id, String by) {
    return change(id, a -> a.confirm(by, now(), policy.acknowledgeBy(a, now())));
  }

  @Transactional
  public Alert reject(AlertId id, String by, String reason) {
    return change(id, a -> a.reject(by, now(), reason));
  }

  @Transactional
  public Alert viewed(AlertId id, String by) {
    return change(id, a -> a.viewed(by, now()));
  }

  @Transactional
  public Alert acknowledge(AlertId id, String by, AcknowledgementMethod method, ReadBack readBack) {
    return change(id, a -> a.acknowledge(new Acknowledgement(by, now(), method, readBack),
        policy.actionBy(a, now())));
  }

  /** Someone tried to reach the responsible clinician by phone and could not. */
  @Transactional
  public Alert unableToReach(AlertId id, String by, String note) {
    return change(id, a -> a.verbalCommunicationFailed(by, now(), note));
  }

  /** Records what was done and closes the loop (acknowledging first if nobody had). */
  @Transactional
  public Alert recordAction(AlertId id, String by, ActionKind kind, String reason) {
    return recordAction(id, by, kind, reason, AcknowledgementMethod.IN_APP);
  }

  /** As {@link #recordAction(AlertId, String, ActionKind, String)}, acknowledging {@code how}. */
  @Transactional
  public Alert recordAction(AlertId id, String by, ActionKind kind, String reason,
      AcknowledgementMethod how) {
    return change(id, a -> {
      ClinicalAction action = new ClinicalAction(kind, reason, by, now());
      if (a.awaitsAcknowledgement()) {
        a.acknowledge(new Acknowledgement(by, now(), how, ReadBack.NOT_VERBAL),
            policy.actionBy(a, now()));
      }
      a.recordAction(action);
      a.close(by, now());
    });
  }

  /**
   * The fail-safe office hands an alert nobody has acknowledged to another clinician or team
   * ({@code to}: "user:NAME" or "team:NAME"), with a new acknowledgement window.
   */
  @Transactional
  public Alert reassign(AlertId id, String to, String by, String reason) {
    return change(id, a -> a.reassign(to, by, now(), reason, policy.acknowledgeBy(a, now())));
  }

  /**
   * Queues a notice to the patient for people to send (a delivery that the sender never takes),
   * kept in the alert's history; returns the delivery's id.
   */
  @Transactional
  public java.util.UUID queuePatientNotice(AlertId id, Channel medium, String patient) {
    Alert alert = load(id);
    alert.patientNoticeQueued(now(), medium + " to the patient");
    java.util.UUID delivery = deliveries.queueForPeople(id, PATIENT_NOTICE, medium, patient, now());
    alerts.save(alert);
    return delivery;
  }

  /** Someone sent or printed a queued patient notice. */
  @Transactional
  public void patientNoticeSent(AlertId id, java.util.UUID deliveryId, String by) {
    Alert alert = load(id);
    Delivery d = deliveries.find(deliveryId).filter(x -> x.alertId().equals(id))
        .filter(x -> PATIENT_NOTICE.equals(x.purpose()))
        .orElseThrow(() -> new IllegalArgumentException("no patient notice " + deliveryId));
    if (d.status() != Delivery.Status.PENDING) {
      throw new IllegalStateException("the patient notice was already marked " + d.status());
    }
    alert.patientNoticeSent(by, now(), d.channel() + " to the patient");
    deliveries.delivered(deliveryId, now());
    alerts.save(alert);
  }

  /** The purpose of a safety-net delivery to the patient. */
  public static final String PATIENT_NOTICE = "PATIENT_NOTICE";

  /** A delivery was made: a raised alert becomes notified. */
  @Transactional
  public void notified(AlertId id, Channel channel, String recipient) {
    Alert alert = load(id);
    if (alert.state().isOpen() && alert.state() != AlertState.AWAITING_CONFIRMATION) {
      alert.notified(channel.name(), recipient, now());
      alerts.save(alert);
    }
  }

  /** A delivery kept failing: rather than wait for the deadline, the next level is told now. */
  @Transactional
  public void deliveryFailed(AlertId id, String recipient) {
    Alert alert = load(id);
    if (alert.awaitsAcknowledgement() || alert.awaitsAction()) {
      escalate(alert, "delivery to " + recipient + " failed");
      alerts.save(alert);
    }
  }

  /** Acts on an alert whose deadline passed; false when there was nothing (left) to do. */
  @Transactional
  public boolean deadlinePassed(AlertId id) {
    Alert alert = load(id);
    Instant now = now();
    if (!alert.isDue(now)) {
      return false;
    }
    if (alert.state() == AlertState.AWAITING_CONFIRMATION) {
      alert.confirmationLapsed(now, policy.acknowledgeBy(alert, now));
    } else if (alert.awaitsAcknowledgement()) {
      escalate(alert, "not acknowledged by " + alert.acknowledgeBy());
    } else if (alert.awaitsAction()) {
      escalate(alert, "not actioned by " + alert.actionBy());
    } else {
      return false;
    }
    alerts.save(alert);
    return true;
  }

  private void escalate(Alert alert, String reason) {
    int nextStep = alert.escalationLevel() + 1;
    Instant now = now();
    Instant again = recipients.hasStep(alert, nextStep + 1) ? policy.nextEscalation(alert, now)
        : null;
    if (!recipients.hasStep(alert, nextStep)) {
      // end of the chain: the last level was told; it stays overdue on the fail-safe board
      alert.escalate(now, reason + " (end of escalation chain)", null);
      return;
    }
    alert.escalate(now, reason, again);
  }

  /**
   * Loads the alert, takes the step and stores it. If the clockwork or another person changed the
   * alert in the meantime (it was just delivered, say), the step is taken again on what they
   * stored, so a clinician's acknowledgement is not lost to a background update; the aggregate
   * still refuses a step the new state no longer allows.
   */
  private Alert change(AlertId id, Consumer<Alert> step) {
    for (int attempt = 1; ; attempt++) {
      Alert alert = load(id);
      step.accept(alert);
      try {
        alerts.save(alert);
        return alert;
      } catch (OptimisticLockingFailureException changedMeanwhile) {
        if (attempt == 3) {
          throw changedMeanwhile;
        }
      }
    }
  }

  private Alert load(AlertId id) {
    return alerts.find(id).orElseThrow(() -> new AlertNotFound(id));
  }

  private Instant now() {
    return clock.instant();
  }
}
