package org.vigil.findings.followup;

import java.util.List;
import java.util.Set;

/**
 * One rule of a guideline: conditions (feature tokens, phrases, size bounds) and what follows (a
 * follow-up with an interval, or none). See the header of {@code kb/guidelines.yaml}.
 */
public record GuidelineRule(
    String id,
    List<String> when,
    List<String> any,
    Double fromMm,
    Double overMm,
    Double toMm,
    Double belowMm,
    Action action,
    String procedure,
    String modality,
    String region,
    Integer minDays,
    Integer maxDays,
    Timing timing,
    String advice,
    String source) {

  public enum Action {
    FOLLOW_UP,
    NONE
  }

  public enum Timing {
    GUIDELINE,
    VIGIL_DEFAULT
  }

  public GuidelineRule {
    when = when == null ? List.of() : List.copyOf(when);
    any = any == null ? List.of() : List.copyOf(any);
  }

  /** True when every condition holds for a lesion with these features, size and sentence. */
  boolean matches(Set<String> features, Double largestMm, String sentence) {
    return features.containsAll(when) && sizeMatches(largestMm) && phraseMatches(sentence);
  }

  boolean hasSizeCondition() {
    return fromMm != null || overMm != null || toMm != null || belowMm != null;
  }

  boolean recommendsFollowUp() {
    return action == Action.FOLLOW_UP;
  }

  private boolean sizeMatches(Double mm) {
    if (!hasSizeCondition()) {
      return true;
    }
    if (mm == null) {
      return false;
    }
    return (fromMm == null || mm >= fromMm)
        && (overMm == null || mm > overMm)
        && (toMm == null || mm <= toMm)
        && (belowMm == null || mm < belowMm);
  }

  private boolean phraseMatches(String sentence) {
    return any.isEmpty() || any.stream().anyMatch(phrase -> Phrases.affirmedIn(phrase, sentence));
  }
}
