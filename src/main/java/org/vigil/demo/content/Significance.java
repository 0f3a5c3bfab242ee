package org.vigil.demo.content;

/** What the demo meant a report to contain, to check the stream's mix (not sent on the wire). */
public enum Significance {
  NORMAL,
  SIGNIFICANT,
  CANCER,
  URGENT,
  CRITICAL;

  public boolean alerts() {
    return this != NORMAL;
  }
}
