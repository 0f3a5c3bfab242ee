package org.vigil.alerts;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Plans who hears about each step of an alert, in the same transaction as the step itself: an
 * alert is never stored without its deliveries, nor a delivery without its alert. The sending is
 * done later by {@link DeliverySender} (retried, then escalated when it keeps failing).
 */
@Component
class DeliveryPlanner {

  private final Alerts alerts;
  private final Deliveries deliveries;
  private final Recipients recipients;
  private final AlertsProperties properties;
  private final Clock clock;

  DeliveryPlanner(Alerts alerts, Deliveries deliveries, Recipients recipients,
      AlertsProperties properties, Clock clock) {
    this.alerts = alerts;
    this.deliveries = deliveries;
    this.recipients = recipients;
    this.properties = properties;
    this.clock = clock;
  }

  @EventListener
  void on(AlertRaised raised) {
    alerts.find(raised.alertId()).ifPresent(a -> plan(a, "ALERT:" + a.category(), 0,
        recipients.atStep(a, 0)));
  }

  @EventListener
  void on(AlertUpgraded upgraded) {
    alerts.find(upgraded.alertId()).filter(a -> a.state() != AlertState.AWAITING_CONFIRMATION)
        .ifPresent(a -> plan(a, "ALERT:" + a.category(), 0, recipients.atStep(a, 0)));
  }

  @EventListener
  void on(AlertEscalated escalated) {
    alerts.find(escalated.alertId()).ifPresent(a -> plan(a, "ALERT:" + a.category(),
        escalated.level(), recipients.atStep(a, escalated.level())));
  }

  /** The new assignee is told (once per assignee: a second hand-over to them adds nothing). */
  @EventListener
  void on(AlertReassigned reassigned) {
    alerts.find(reassigned.alertId()).ifPresent(a -> plan(a, "REASSIGNED", 0,
        recipients.atStep(a, 0)));
  }

  @EventListener
  void on(ConfirmationRequested requested) {
    alerts.find(requested.alertId()).ifPresent(a -> plan(a, "CONFIRMATION", 0,
        recipients.forConfirmation(a)));
  }

  /** Everyone already told about the alert hears that it was withdrawn. */
  @EventListener
  void on(AlertWithdrawn withdrawn) {
    deliveries.cancelPending(withdrawn.alertId());
    Set<String> told = new LinkedHashSet<>();
    for (Delivery d : deliveries.ofAlert(withdrawn.alertId())) {
      if (d.isAlert() && d.status() == Delivery.Status.DELIVERED
          && told.add(d.channel() + " " + d.recipient())) {
        deliveries.plan(withdrawn.alertId(), "WITHDRAWAL", 0, d.channel(), d.recipient(),
            clock.instant());
      }
    }
  }

  private void plan(Alert alert, String purpose, int level, List<Recipient> to) {
    for (Recipient r : to) {
      if (r.inbox() != null) {
        deliveries.plan(alert.id(), purpose, level, Channel.IN_APP, r.inbox(), clock.instant());
      }
      if (r.email() != null && properties.mail().enabled()) {
        deliveries.plan(alert.id(), purpose, level, Channel.EMAIL, r.email(), clock.instant());
      }
      if (properties.webhook().enabled()) {
        deliveries.plan(alert.id(), purpose, level, Channel.WEBHOOK,
            r.inbox() != null ? r.inbox() : r.email(), clock.instant());
      }
    }
  }
}
