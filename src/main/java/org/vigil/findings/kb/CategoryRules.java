package org.vigil.findings.kb;

import java.util.List;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.Measurement;
import org.vigil.findings.Modifier;
import org.vigil.findings.SectionKind;
import org.vigil.findings.context.SentenceContext;
import org.vigil.findings.text.Clauses;
import org.vigil.findings.text.PhraseTrie;
import org.vigil.findings.text.Tokens;

/**
 * Applies a concept's rules to one mention: the first rule whose conditions all hold sets the
 * category. A rule phrase counts only in the mention's clause and only when it is itself
 * asserted ("no mediastinal shift" does not make a pneumothorax a tension one).
 */
final class CategoryRules {

  private CategoryRules() {}

  /** The category the mention's evidence earns before context, adding the evidence used. */
  static AlertCategory categorise(CompiledKnowledgeBase kb, Mention mention, Tokens tokens,
      int from, int to, SentenceContext context, SectionKind section,
      List<Measurement> measurements, List<Modifier> evidence) {
    Concept concept = mention.concept();
    if (concept.rules().isEmpty()) {
      return concept.category();
    }
    double largest = largest(measurements);
    List<PhraseTrie.Match<String>> phrases = null;
    for (Rule rule : concept.rules()) {
      if (!rule.sizeHolds(largest)) {
        continue;
      }
      PhraseTrie.Match<String> phrase = null;
      if (!rule.any().isEmpty()) {
        if (phrases == null) {
          phrases = kb.rulePhrases(concept, tokens, from, to);
        }
        phrase = assertedPhrase(rule, phrases, mention, tokens, context, section);
        if (phrase == null) {
          continue;
        }
      }
      addEvidence(rule, phrase, tokens, measurements, evidence);
      return rule.category();
    }
    return concept.category();
  }

  private static PhraseTrie.Match<String> assertedPhrase(Rule rule,
      List<PhraseTrie.Match<String>> phrases, Mention mention, Tokens tokens,
      SentenceContext context, SectionKind section) {
    for (PhraseTrie.Match<String> m : phrases) {
      if (!rule.any().contains(m.values().get(0))) {
        continue;
      }
      if (!Clauses.sameClause(tokens, m.start(), mention.first()) || prefixedByNon(tokens, m.start())) {
        continue;
      }
      var assertion = context.assess(m.start(), m.end(), section);
      if (!assertion.negated() && !assertion.hypothetical()) {
        return m;
      }
    }
    return null;
  }

  /** "non-depressed", "non displaced": the rule word is denied by its prefix. */
  private static boolean prefixedByNon(Tokens tokens, int start) {
    int i = start - 1;
    if (i >= 0 && "-".equals(tokens.norm(i))) {
      i--;
    }
    return i >= 0 && "non".equals(tokens.norm(i));
  }

  private static void addEvidence(Rule rule, PhraseTrie.Match<String> phrase, Tokens tokens,
      List<Measurement> measurements, List<Modifier> evidence) {
    if (phrase != null) {
      int s = tokens.start(phrase.start());
      int e = tokens.end(phrase.end() - 1);
      evidence.add(new Modifier("condition", tokens.text().substring(s, e), s, e));
    }
    if (rule.needsSize()) {
      Measurement biggest = measurements.stream()
          .max((a, b) -> Double.compare(a.largestMm(), b.largestMm())).orElseThrow();
      evidence.add(new Modifier("size", biggest.text(), biggest.start(), biggest.end()));
    }
  }

  private static double largest(List<Measurement> measurements) {
    double max = Double.NaN;
    for (Measurement m : measurements) {
      max = Double.isNaN(max) ? m.largestMm() : Math.max(max, m.largestMm());
    }
    return max;
  }
}
