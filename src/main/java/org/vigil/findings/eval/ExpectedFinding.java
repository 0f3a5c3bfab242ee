package org.vigil.findings.eval;

/** A labelled mention in a corpus report. */
public record ExpectedFinding(
    String concept, boolean negated, boolean uncertain, boolean historical, boolean hypothetical) {

  /** Present (or possibly present) in this patient: neither ruled out nor only asked about. */
  public boolean isAffirmed() {
    return !negated && !hypothetical;
  }
}
