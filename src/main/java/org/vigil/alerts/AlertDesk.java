package org.vigil.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
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
  private final Clock clock;

  AlertDesk(Alerts alerts, AlertPolicy policy, Recipients recipients, Clock clock) {
    this.alerts = alerts;
    this.policy = policy;
    this.recipients = recipients;
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
    return change(id, a -> {
      ClinicalAction action = new ClinicalAction(kind, reason, by, now());
      if (a.awaitsAcknowledgement()) {
        a.acknowledge(Acknowledgement.inApp(by, now()), policy.actionBy(a, now()));
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

  private Alert change(AlertId id, Consumer<Alert> step) {
    Alert alert = load(id);
    step.accept(alert);
    alerts.save(alert);
    return alert;
  }

  private Alert load(AlertId id) {
    return alerts.find(id).orElseThrow(() -> new AlertNotFound(id));
  }

  private Instant now() {
    return clock.instant();
  }
}
