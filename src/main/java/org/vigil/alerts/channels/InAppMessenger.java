package org.vigil.alerts.channels;

import org.springframework.stereotype.Component;
import org.vigil.alerts.Alert;
import org.vigil.alerts.Channel;
import org.vigil.alerts.Delivery;
import org.vigil.alerts.Messenger;

/** The in-app inbox: the delivery row is the message, shown in the recipient's inbox. */
@Component
class InAppMessenger implements Messenger {

  @Override
  public Channel channel() {
    return Channel.IN_APP;
  }

  @Override
  public void send(Alert alert, Delivery delivery) {
    // nothing to hand over: the inbox reads the delivery itself
  }
}
