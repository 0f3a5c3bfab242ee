package org.vigil.alerts.web;

import java.util.List;
import org.vigil.alerts.Delivery;
import org.vigil.alerts.Transition;

/** One alert with every transition and every delivery. */
record AlertDetail(AlertView alert, List<Transition> history, List<DeliveryView> deliveries) {

  record DeliveryView(String purpose, int level, String channel, String recipient, String status,
      int attempts, java.time.Instant deliveredAt, String lastError) {

    static DeliveryView of(Delivery d) {
      return new DeliveryView(d.purpose(), d.level(), d.channel().name(), d.recipient(),
          d.status().name(), d.attempts(), d.deliveredAt(), d.lastError());
    }
  }
}
