package org.vigil.alerts;

import org.springframework.stereotype.Component;

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
