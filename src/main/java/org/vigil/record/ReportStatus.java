package org.vigil.record;

/** The kind of a report version (HL7 OBR-25 / OBX-11: P, F, C, A). */
public enum ReportStatus {
  PRELIMINARY,
  FINAL,
  CORRECTED,
  ADDENDUM;

  public boolean isFinal() {
    return this != PRELIMINARY;
  }
}
