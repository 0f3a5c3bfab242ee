package org.vigil.findings.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.findings.Assertion;

/**
 * Scores the assertion context of single sentences, one binary measure per modifier. A sentence
 * the engine cannot assess counts as wrong on every modifier.
 */
final class SentenceScores {

  static final List<String> MODIFIERS =
      List.of("negated", "uncertain", "historical", "hypothetical", "experiencer");

  private final Map<String, Counts> modifiers = new LinkedHashMap<>();
  private final List<EvaluationError> errors;

  SentenceScores(List<EvaluationError> errors) {
    this.errors = errors;
    MODIFIERS.forEach(m -> modifiers.put(m, Counts.ZERO));
  }

  void add(CorpusSentence s, Assertion got) {
    score(s, "negated", s.negated(), got.negated());
    score(s, "uncertain", s.uncertain(), got.uncertain());
    score(s, "historical", s.historical(), got.historical());
    score(s, "hypothetical", s.hypothetical(), got.hypothetical());
    score(s, "experiencer", s.otherExperiencer(), isOther(got.experiencer()));
  }

  void addFailure(CorpusSentence s, RuntimeException failure) {
    errors.add(new EvaluationError(s.id(), "engine failure", "an assertion", failure.toString()));
    score(s, "negated", s.negated(), !s.negated());
    score(s, "uncertain", s.uncertain(), !s.uncertain());
    score(s, "historical", s.historical(), !s.historical());
    score(s, "hypothetical", s.hypothetical(), !s.hypothetical());
    score(s, "experiencer", s.otherExperiencer(), !s.otherExperiencer());
  }

  private void score(CorpusSentence s, String modifier, boolean expected, boolean got) {
    Counts outcome = expected
        ? (got ? new Counts(1, 0, 0) : new Counts(0, 0, 1))
        : (got ? new Counts(0, 1, 0) : Counts.ZERO);
    modifiers.merge(modifier, outcome, Counts::plus);
    if (expected != got) {
      errors.add(new EvaluationError(s.id(), modifier,
          label(modifier, expected) + " '" + s.target() + "'",
          label(modifier, got) + " in: " + s.sentence()));
    }
  }

  private static String label(String modifier, boolean value) {
    return (value ? "" : "not ") + modifier;
  }

  private static boolean isOther(String experiencer) {
    return experiencer != null && !"patient".equalsIgnoreCase(experiencer);
  }

  Map<String, Counts> modifiers() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(modifiers));
  }
}
