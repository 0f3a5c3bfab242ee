package org.vigil.findings;

import java.util.List;

/**
 * Why one finding was read as it was: its sentence, the knowledge-base term that matched, every
 * context trigger of the sentence with its scope (those that governed the mention and those that
 * did not reach it), the section and what its heading set, and the alert-policy steps that turned
 * the mention into its category. Made on demand by {@link FindingsEngine#explain}; never stored.
 * Offsets are into the report text.
 */
public record MentionExplanation(
    Finding finding,
    int sentenceStart,
    int sentenceEnd,
    String knowledgeBaseVersion,
    List<ScopeTrace> scopes,
    String sectionEffect,
    AlertCategory ruledCategory,
    List<String> policySteps) {

  public MentionExplanation {
    scopes = List.copyOf(scopes);
    policySteps = List.copyOf(policySteps);
  }

  /** The triggers that governed the mention. */
  public List<ScopeTrace> applied() {
    return scopes.stream().filter(ScopeTrace::applied).toList();
  }

  /** The triggers in the sentence whose scope did not reach the mention. */
  public List<ScopeTrace> notReaching() {
    return scopes.stream().filter(t -> !t.applied()).toList();
  }
}
