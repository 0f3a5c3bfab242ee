package org.vigil.analysis;

/** Why a clinician says a finding was read wrongly: a closed set, so reports can be counted. */
public enum FalseAlertReason {
  NEGATION_MISSED("The report says it is absent"),
  QUESTION_OR_CONDITION("It is the clinical question or a condition (if, to exclude)"),
  HISTORY("It is old, known or already treated"),
  HEDGE_WRONG("The certainty was read wrongly"),
  WRONG_MEANING("The words mean something else here"),
  WRONG_ORGAN_OR_SITE("Wrong organ, site or side"),
  WRONG_CATEGORY("Right finding, wrong category"),
  OTHER("Something else (say what)");

  private final String label;

  FalseAlertReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
