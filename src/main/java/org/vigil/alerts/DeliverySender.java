package org.vigil.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the deliveries that are due. Each attempt is claimed first (one node wins it) and leased,
 * so a node that dies mid-send leaves the delivery to be retried. A failed attempt is retried
 * with doubling delays; after the last, the delivery is marked FAILED and the alert escalates at
 * once, so a message that cannot get through never fails quietly. Sending may repeat a message
 * whose success was not yet recorded when a node died (at least once, never zero times).
 */
@Component
class DeliverySender {

  private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);
  private static final Duration LEASE = Duration.ofMinutes(5);

  private final Deliveries deliveries;
  private final Alerts alerts;
  private final AlertDesk desk;
  private final AlertsProperties properties;
  private final Clock clock;
  private final Map<Channel, Messenger> messengers = new EnumMap<>(Channel.class);
  private final TransactionTemplate tx;

  DeliverySender(Deliveries deliveries, Alerts alerts, AlertDesk desk, AlertsProperties properties,
      Clock clock, List<Messenger> messengers, TransactionTemplate tx) {
    this.tx = tx;
    this.deliveries = deliveries;
    this.alerts = alerts;
    this.desk = desk;
    this.properties = properties;
    this.clock = clock;
    messengers.forEach(m -> this.messengers.put(m.channel(), m));
  }

  /** Sends what is due now; returns how many deliveries this node attempted. */
  int sendDue(int limit) {
    int attempted = 0;
    Instant now = clock.instant();
    List<Delivery> inApp = new ArrayList<>();
    for (UUID id : deliveries.due(now, limit)) {
      Delivery d = deliveries.find(id).orElse(null);
      if (d == null || d.status() != Delivery.Status.PENDING) {
        continue;
      }
      if (d.channel() == Channel.IN_APP) {
        inApp.add(d);
      } else if (deliveries.claim(d, now, now.plus(LEASE))) {
        attempt(d);
        attempted++;
      }
    }
    return attempted + deliverToInboxes(inApp, now);
  }

  /**
   * An in-app delivery is made by being in the inbox: nothing leaves Vigil and nothing can fail
   * on the way, so a batch of them is claimed, marked delivered and its alerts marked notified in
   * one transaction (one commit per batch, not three per delivery). If anything in the batch
   * conflicts with another node or person, they are delivered one by one like any other.
   */
  private int deliverToInboxes(List<Delivery> batch, Instant now) {
    if (batch.isEmpty()) {
      return 0;
    }
    try {
      return tx.execute(status -> {
        int delivered = 0;
        for (Delivery d : batch) {
          if (deliveries.claim(d, now, now.plus(LEASE))) {
            deliveries.delivered(d.id(), clock.instant());
            if (d.isAlert()) {
              desk.notified(d.alertId(), d.channel(), d.recipient());
            }
            delivered++;
          }
        }
        return delivered;
      });
    } catch (OptimisticLockingFailureException conflict) {
      int delivered = 0;
      for (Delivery d : batch) {
        Delivery fresh = deliveries.find(d.id()).orElse(null);
        if (fresh != null && fresh.status() == Delivery.Status.PENDING
            && deliveries.claim(fresh, now, now.plus(LEASE))) {
          attempt(fresh);
          delivered++;
        }
      }
      return delivered;
    }
  }

  private void attempt(Delivery d) {
    Alert alert = alerts.find(d.alertId()).orElseThrow();
    int attempt = d.attempts() + 1;
    try {
      Messenger messenger = messengers.get(d.channel());
      if (messenger == null) {
        throw new IllegalStateException("no " + d.channel() + " channel is configured");
      }
      messenger.send(alert, d);
    } catch (Exception e) {
      failedAttempt(d, attempt, e);
      return;
    }
    deliveries.delivered(d.id(), clock.instant());
    if (d.isAlert()) {
      retryingConflicts(() -> desk.notified(d.alertId(), d.channel(), d.recipient()));
    }
  }

  private void failedAttempt(Delivery d, int attempt, Exception e) {
    String error = e.getClass().getSimpleName() + ": " + e.getMessage();
      if (attempt >= properties.retries().maxAttempts()) {
        log.error("delivery {} of alert {} to {} FAILED after {} attempts: {}; escalating",
            d.channel(), d.alertId(), d.recipient(), attempt, error);
        deliveries.failed(d.id(), error);
        if (d.isAlert()) {
          retryingConflicts(() -> desk.deliveryFailed(d.alertId(), d.channel() + " " + d.recipient()));
        }
      } else {
        Duration delay = properties.retries().firstDelay().multipliedBy(1L << (attempt - 1));
        log.warn("delivery {} of alert {} to {} failed (attempt {}): {}; retrying in {}",
            d.channel(), d.alertId(), d.recipient(), attempt, error, delay);
        deliveries.retryAt(d.id(), clock.instant().plus(delay), error);
      }
  }

  /** The alert may be changed by someone else at the same moment: try again on what they stored. */
  private static void retryingConflicts(Runnable step) {
    for (int attempt = 1; ; attempt++) {
      try {
        step.run();
        return;
      } catch (OptimisticLockingFailureException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }
}
