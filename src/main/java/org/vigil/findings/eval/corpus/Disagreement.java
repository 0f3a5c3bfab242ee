package org.vigil.findings.eval.corpus;

/** One place where the engine and the collection's codes differ, with the words to read. */
public record Disagreement(String uid, Split split, Kind kind, String concept, String detail) {

  /** What kind of difference. */
  public enum Kind {
    /** A report coded normal that the engine says a clinician must be told about. */
    FALSE_ALERT,
    /** The engine affirms a concept that no code of the report asserts or accepts. */
    FALSE_POSITIVE,
    /** A code asserts a concept the engine does not affirm. */
    MISSED
  }
}
