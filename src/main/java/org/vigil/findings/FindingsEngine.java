package org.vigil.findings;

/**
 * The findings engine: compile a knowledge base once, then analyse any number of reports from
 * any number of threads. Deterministic; no network.
 */
public final class FindingsEngine {

  /** The engine over the knowledge base shipped in the jar. */
  public static FindingsEngine withDefaultKnowledgeBase() {
    throw new UnsupportedOperationException("not yet built");
  }

  /** Analyses one report. */
  public ReportAnalysis analyse(ReportInput report) {
    throw new UnsupportedOperationException("not yet built");
  }

  /** The assertion context of {@code target} (a phrase occurring in {@code sentence}). */
  public Assertion assess(String sentence, String target) {
    throw new UnsupportedOperationException("not yet built");
  }

  /** The version of the compiled knowledge base. */
  public String knowledgeBaseVersion() {
    throw new UnsupportedOperationException("not yet built");
  }
}
