package org.vigil.alerts;

/** How a message reaches a recipient. */
public enum Channel {
  IN_APP,
  EMAIL,
  WEBHOOK
}
