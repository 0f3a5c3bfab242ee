package org.vigil.alerts;

/** Outcome of a verbal communication of a result (ANCR / RSNA practice for CRITICAL results). */
public enum ReadBack {
  /** The clinician repeated the result back. */
  CONFIRMED,
  REACHED_WITHOUT_READ_BACK,
  UNABLE_TO_REACH,
  /** Not a verbal communication (in-app, API, email link). */
  NOT_VERBAL
}
