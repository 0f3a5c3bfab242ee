package org.vigil.findings.eval;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.Finding;
import org.vigil.findings.ReportAnalysis;

/**
 * Scores findings and categories of whole reports. Mentions are compared per report and per
 * concept (a concept mentioned three times counts once): an affirmed prediction matches an
 * affirmed expectation, a negated one a negated one. A predicted concept the corpus never labels
 * cannot be judged: it is counted aside as unscored, not as a false finding.
 */
final class ReportScores {

  private final Set<String> labelled;
  private final Map<String, Counts> concepts = new TreeMap<>();
  private final Map<String, Integer> unscored = new TreeMap<>();
  private Counts negation = Counts.ZERO;
  private final CategoryConfusion confusion = new CategoryConfusion();
  private final List<EvaluationError> errors;

  ReportScores(Set<String> labelled, List<EvaluationError> errors) {
    this.labelled = Set.copyOf(labelled);
    this.errors = errors;
  }

  void add(CorpusReport report, ReportAnalysis analysis) {
    ConceptMatch.affirmed(
            expected(report, ExpectedFinding::isAffirmed), predicted(analysis, Finding::isAffirmed))
        .forEach((concept, outcome) -> {
          concepts.merge(concept, outcome, Counts::plus);
          recordMiss(report.id(), concept, outcome, "finding", "");
        });
    ConceptMatch.negated(
            expected(report, ExpectedFinding::negated), predicted(analysis, Finding::negated))
        .forEach((concept, outcome) -> {
          negation = negation.plus(outcome);
          recordMiss(report.id(), concept, outcome, "negation", "negated ");
        });
    AlertCategory predicted = analysis.category();
    confusion.add(report.category(), predicted);
    if (report.category() != predicted) {
      errors.add(new EvaluationError(report.id(), "category", report.category().name(), "" + predicted));
    }
  }

  private void recordMiss(String id, String concept, Counts outcome, String what, String prefix) {
    if (outcome.fn() > 0) {
      errors.add(new EvaluationError(id, "missed " + what, prefix + concept, "-"));
    } else if (outcome.fp() > 0) {
      errors.add(new EvaluationError(id, "false " + what, "-", prefix + concept));
    }
  }

  /** A report the engine could not analyse: everything expected is missed, loudly. */
  void addFailure(CorpusReport report, RuntimeException failure) {
    errors.add(new EvaluationError(report.id(), "engine failure", "an analysis", failure.toString()));
    add(report, nothingFound(report.id()));
  }

  static ReportAnalysis nothingFound(String id) {
    return new ReportAnalysis(id, AlertCategory.NONE, false, null, List.of(), List.of(), null);
  }

  private static Set<String> expected(CorpusReport report, Predicate<ExpectedFinding> which) {
    return report.findings().stream().filter(which).map(ExpectedFinding::concept)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private Set<String> predicted(ReportAnalysis analysis, Predicate<Finding> which) {
    Set<String> predicted = analysis.findings().stream().filter(which).map(Finding::concept)
        .collect(Collectors.toCollection(TreeSet::new));
    predicted.stream().filter(c -> !labelled.contains(c))
        .forEach(c -> unscored.merge(c, 1, Integer::sum));
    predicted.retainAll(labelled);
    return predicted;
  }

  Map<String, Counts> concepts() {
    return Map.copyOf(concepts);
  }

  Map<String, Integer> unscored() {
    return Map.copyOf(unscored);
  }

  Counts negation() {
    return negation;
  }

  CategoryConfusion confusion() {
    return confusion;
  }

  /** Summed counts of the concepts chosen by {@code which}. */
  Counts sum(Predicate<String> which) {
    return concepts.entrySet().stream().filter(e -> which.test(e.getKey()))
        .map(Map.Entry::getValue).reduce(Counts.ZERO, Counts::plus);
  }
}
