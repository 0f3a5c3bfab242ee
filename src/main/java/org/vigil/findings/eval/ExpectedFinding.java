package org.vigil.findings.eval;

/**
 * A labelled mention in a corpus report. {@code experiencer} is "patient" unless the mention is
 * about someone else ("family history of aneurysm").
 */
public record ExpectedFinding(
    String concept,
    boolean negated,
    boolean uncertain,
    boolean historical,
    boolean hypothetical,
    String experiencer) {

  public ExpectedFinding(
      String concept, boolean negated, boolean uncertain, boolean historical, boolean hypothetical) {
    this(concept, negated, uncertain, historical, hypothetical, "patient");
  }

  /** Present (or possibly present) in this patient: not ruled out, not only asked about. */
  public boolean isAffirmed() {
    return !negated && !hypothetical && "patient".equals(experiencer);
  }
}
