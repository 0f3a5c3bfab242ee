package org.vigil.findings;

/** Why a context trigger's scope stopped where it did (shown on the findings page). */
public enum ScopeStop {
  SENTENCE_END("the sentence ended"),
  SENTENCE_START("the sentence began"),
  TERMINATOR("a terminator word"),
  PUNCTUATION("punctuation that ends a clause"),
  OTHER_TRIGGER("a trigger of another kind after a comma"),
  NEGATION_IN_HISTORY("a negation inside a history scope"),
  CLAUSE_VERB("a clause verb"),
  WINDOW("the window limit");

  private final String reason;

  ScopeStop(String reason) {
    this.reason = reason;
  }

  /** Plain words for the page: "a terminator word". */
  public String reason() {
    return reason;
  }
}
