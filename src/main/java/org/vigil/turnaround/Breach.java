package org.vigil.turnaround;

/** A turnaround stage that escalates once per examination when it is crossed. */
public enum Breach {
  /** Performed and not reported within its target. */
  TARGET_BREACHED("Report target breached"),
  /** Performed and not reported after the lost-after threshold. */
  LOST("Lost: performed, not reported"),
  /** Requested, neither performed nor cancelled, after the never-performed threshold. */
  NEVER_PERFORMED("Requested, never performed"),
  /** A preliminary report with no final after the threshold. */
  PRELIMINARY_WITHOUT_FINAL("Preliminary report without final");

  private final String label;

  Breach(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
