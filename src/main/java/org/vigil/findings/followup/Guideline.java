package org.vigil.findings.followup;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A follow-up guideline: where it comes from, which concepts it covers, and its rules in order. */
public record Guideline(
    String id,
    String name,
    String source,
    String version,
    String status,
    String scope,
    List<String> appliesTo,
    List<GuidelineRule> rules) {

  public Guideline {
    appliesTo = appliesTo == null ? List.of() : List.copyOf(appliesTo);
    rules = rules == null ? List.of() : List.copyOf(rules);
  }

  boolean appliesTo(String concept) {
    return appliesTo.contains(concept);
  }

  /** The first rule that matches, if any. */
  Optional<GuidelineRule> firstMatch(Set<String> features, Double largestMm, String sentence) {
    return rules.stream().filter(rule -> rule.matches(features, largestMm, sentence)).findFirst();
  }
}
