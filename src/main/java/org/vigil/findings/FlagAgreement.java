package org.vigil.findings;

/** How Vigil's reading of the text compares with the alert flag the radiologist set. */
public enum FlagAgreement {
  /** The flag and the text agree (both alert, or neither). */
  AGREES,
  /** Vigil found a CRITICAL, URGENT or CANCER finding but the report carries no flag. */
  UNFLAGGED,
  /** The report is flagged but Vigil found no finding that would alert. */
  FLAG_WITHOUT_FINDING,
  /** Nothing found and nothing flagged: there is nothing to flag. */
  NOT_FLAGGABLE
}
