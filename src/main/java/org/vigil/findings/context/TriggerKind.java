package org.vigil.findings.context;

/** What a context trigger does to the mentions in its scope. */
public enum TriggerKind {
  NEGATED,
  UNCERTAIN,
  HISTORICAL,
  HYPOTHETICAL,
  EXPERIENCER,
  /** "new", "enlarging", "acute": the mention is about now, not history. */
  CURRENT,
  /** Contains a trigger word but is not a trigger ("not only", "gram negative"). */
  PSEUDO,
  /** Ends a scope ("but", "however", ";"). */
  TERMINATE;

  /** The name used in {@code context.yaml} and in modifiers. */
  public String key() {
    return name().toLowerCase();
  }
}
