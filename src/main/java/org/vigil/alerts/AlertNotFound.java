package org.vigil.alerts;

/** No alert has this id. */
public class AlertNotFound extends RuntimeException {

  AlertNotFound(AlertId id) {
    super("no alert " + id);
  }
}
