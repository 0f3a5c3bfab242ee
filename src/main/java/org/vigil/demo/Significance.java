package org.vigil.demo;

/** What the demo meant a report to contain, to check the stream's mix (not sent on the wire). */
enum Significance {
  NORMAL,
  SIGNIFICANT,
  CANCER,
  URGENT,
  CRITICAL;

  boolean alerts() {
    return this != NORMAL;
  }
}
