package org.vigil.alerts;

/** How a message reaches a recipient. */
public enum Channel {
  IN_APP,
  EMAIL,
  WEBHOOK,
  /** A letter to the patient, printed and posted by the fail-safe office (safety net). */
  LETTER,
  /** A text message to the patient, sent by the fail-safe office (safety net). */
  SMS
}
