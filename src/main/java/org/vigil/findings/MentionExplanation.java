package org.vigil.findings;

import java.util.ArrayList;
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

  /**
   * The explanation in plain lines (the findings page's list, and the copy kept with a reported
   * false alert): matched term, each modifier with its trigger and scope, the triggers that did
   * not reach the mention and why, the section, the policy steps and the category.
   */
  public List<String> describe(String text) {
    List<String> lines = new ArrayList<>();
    lines.add("Matched '" + finding.trigger() + "': concept " + finding.concept() + " ("
        + finding.name() + "), knowledge base " + knowledgeBaseVersion);
    for (ScopeTrace t : applied()) {
      lines.add(t.kind() + ": trigger '" + cut(text, t.triggerStart(), t.triggerEnd())
          + "' (context.yaml " + t.kind() + ", " + t.direction() + ": \"" + t.phrase()
          + "\"); its scope '" + cut(text, t.scopeStart(), t.scopeEnd()) + "' covers the mention; "
          + t.stopFacing(finding.start()) + askedNote(t));
    }
    if (applied().isEmpty()) {
      lines.add("No context trigger governs the mention: it reads as affirmed");
    }
    for (ScopeTrace t : notReaching()) {
      lines.add("did not reach it: " + t.kind() + " '" + cut(text, t.triggerStart(),
          t.triggerEnd()) + "': " + (overlapsMention(t) ? "it is part of the matched words"
          : t.stopFacing(finding.start())));
    }
    lines.add("Section " + finding.section() + ": " + sectionEffect);
    lines.addAll(policySteps);
    lines.add("Category: " + finding.category());
    return lines;
  }

  /** In the clinical details a hedge ("?bleed", "query PE") is the referrer's question. */
  private String askedNote(ScopeTrace t) {
    boolean asked = t.kind().equals("uncertain") && finding.hypothetical() && !finding.uncertain()
        && finding.section() == SectionKind.INDICATION;
    return asked ? "; in the clinical details it asks a question, so it reads as hypothetical" : "";
  }

  private boolean overlapsMention(ScopeTrace t) {
    return t.triggerStart() < finding.end() && finding.start() < t.triggerEnd();
  }

  private static String cut(String text, int start, int end) {
    return start >= 0 && end <= text.length() && start <= end ? text.substring(start, end) : "";
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
