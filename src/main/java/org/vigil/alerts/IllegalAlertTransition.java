package org.vigil.alerts;

/** The alert's state does not allow this step (for example acknowledging a withdrawn alert). */
public class IllegalAlertTransition extends IllegalStateException {

  IllegalAlertTransition(AlertId id, AlertState state, String step) {
    super("alert " + id + " is " + state + ": cannot " + step);
  }
}
