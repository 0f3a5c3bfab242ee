package org.vigil.alerts;

/** Sends one delivery on one channel (adapters in {@code alerts.channels}); throws when it could not be handed over. */
public interface Messenger {

  Channel channel();

  void send(Alert alert, Delivery delivery) throws Exception;
}
