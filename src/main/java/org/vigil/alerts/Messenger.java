package org.vigil.alerts;

/** Sends one delivery on one channel; throws when it could not be handed over. */
interface Messenger {

  Channel channel();

  void send(Alert alert, Delivery delivery) throws Exception;
}
