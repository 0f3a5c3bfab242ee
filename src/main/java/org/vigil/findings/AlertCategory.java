package org.vigil.findings;

/** AoMRC/RCR 2022 alert categories, most urgent first. NONE means no alert. */
public enum AlertCategory {
  CRITICAL,
  URGENT,
  CANCER,
  SIGNIFICANT,
  NONE;

  /** True when this category is more urgent than {@code other}. */
  public boolean outranks(AlertCategory other) {
    return ordinal() < other.ordinal();
  }

  /** Categories that need a communication to a clinician (all but SIGNIFICANT's and NONE). */
  public boolean needsCommunication() {
    return this == CRITICAL || this == URGENT || this == CANCER;
  }

  public static AlertCategory mostUrgent(AlertCategory a, AlertCategory b) {
    return a.outranks(b) ? a : b;
  }
}
