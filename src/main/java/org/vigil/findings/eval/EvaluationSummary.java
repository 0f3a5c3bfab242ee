package org.vigil.findings.eval;

import java.util.List;
import java.util.Map;
import org.vigil.findings.AlertCategory;

/**
 * The machine-readable result of one evaluation run.
 *
 * @param concepts per-concept counts of affirmed mentions over reports
 * @param unscored predicted concepts the corpus never labels, with the number of reports: they
 *     cannot be judged, so they are neither right nor wrong
 * @param findings all affirmed mentions over reports (micro-averaged)
 * @param reportNegation negated mentions over reports
 * @param criticalMentions affirmed mentions of {@link ConceptGroups#CRITICAL} concepts
 * @param categories report-level confusion matrix
 * @param modifiers per-modifier counts over single sentences (negated, uncertain, ...)
 * @param followUps follow-up sentence and interval measures
 * @param errors every miss, for a developer to look at
 * @param engineFailures reports and sentences where the engine threw
 */
public record EvaluationSummary(
    int reports,
    int sentences,
    Map<String, Counts> concepts,
    Map<String, Integer> unscored,
    Counts findings,
    Counts reportNegation,
    Counts criticalMentions,
    CategoryConfusion categories,
    Map<String, Counts> modifiers,
    FollowUpSummary followUps,
    List<EvaluationError> errors,
    int engineFailures) {

  public EvaluationSummary {
    concepts = Map.copyOf(concepts);
    unscored = Map.copyOf(unscored);
    modifiers = Map.copyOf(modifiers);
    errors = List.copyOf(errors);
  }

  /** Reports expected CRITICAL, against reports predicted CRITICAL. */
  public Counts criticalReports() {
    return categories.counts(AlertCategory.CRITICAL);
  }

  public Counts modifier(String name) {
    Counts counts = modifiers.get(name);
    if (counts == null) {
      throw new IllegalArgumentException("no modifier " + name + "; known: " + modifiers.keySet());
    }
    return counts;
  }

  public double negationF1() {
    return modifier("negated").f1();
  }

  public double historicalF1() {
    return modifier("historical").f1();
  }

  public double followUpSentenceF1() {
    return followUps.sentences().f1();
  }

  public double intervalF1() {
    return followUps.intervals().f1();
  }
}
