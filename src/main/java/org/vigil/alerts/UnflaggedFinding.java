package org.vigil.alerts;

/** What to do with a finding that only Vigil read (the radiologist did not flag it). */
public enum UnflaggedFinding {
  /** Ask the reporting radiologist to confirm it first. */
  CONFIRM,
  /** Alert clinicians at once. */
  RAISE,
  /** Raise nothing (the finding stays visible in the analysis). */
  IGNORE
}
