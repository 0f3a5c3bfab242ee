package org.vigil.findings.eval;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.Finding;
import org.vigil.findings.ReportAnalysis;

/**
 * Scores findings and categories of whole reports. Mentions are compared per report and per
 * concept (a concept mentioned three times counts once): an affirmed prediction matches an
 * affirmed expectation, a negated one a negated one.
 */
final class ReportScores {

  private final Map<String, Counts> concepts = new TreeMap<>();
  private Counts negation = Counts.ZERO;
  private final CategoryConfusion confusion = new CategoryConfusion();
  private final List<EvaluationError> errors;

  ReportScores(List<EvaluationError> errors) {
    this.errors = errors;
  }

  void add(CorpusReport report, ReportAnalysis analysis) {
    scoreAffirmed(report, analysis);
    scoreNegated(report, analysis);
    AlertCategory predicted = analysis.category();
    confusion.add(report.category(), predicted);
    if (report.category() != predicted) {
      errors.add(new EvaluationError(report.id(), "category", report.category().name(), "" + predicted));
    }
  }

  private void scoreAffirmed(CorpusReport report, ReportAnalysis analysis) {
    Set<String> expected = expected(report, ExpectedFinding::isAffirmed);
    Set<String> predicted = predicted(analysis, Finding::isAffirmed);
    predicted.removeIf(p -> !expected.contains(p) && ConceptGroups.impliedByAny(p, expected));
    for (String concept : union(expected, predicted)) {
      boolean e = expected.contains(concept);
      boolean p = predicted.contains(concept);
      concepts.merge(concept, outcome(e, p), Counts::plus);
      if (e != p) {
        errors.add(new EvaluationError(report.id(), e ? "missed finding" : "false finding",
            e ? concept : "-", p ? concept : "-"));
      }
    }
  }

  private void scoreNegated(CorpusReport report, ReportAnalysis analysis) {
    Set<String> expected = expected(report, ExpectedFinding::negated);
    Set<String> predicted = predicted(analysis, Finding::negated);
    for (String concept : union(expected, predicted)) {
      boolean e = expected.contains(concept);
      boolean p = predicted.contains(concept);
      negation = negation.plus(outcome(e, p));
      if (e != p) {
        errors.add(new EvaluationError(report.id(), e ? "missed negation" : "false negation",
            e ? "negated " + concept : "-", p ? "negated " + concept : "-"));
      }
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

  private static Counts outcome(boolean expected, boolean predicted) {
    if (expected && predicted) {
      return new Counts(1, 0, 0);
    }
    return expected ? new Counts(0, 0, 1) : new Counts(0, predicted ? 1 : 0, 0);
  }

  private static Set<String> expected(CorpusReport report, Predicate<ExpectedFinding> which) {
    return report.findings().stream().filter(which).map(ExpectedFinding::concept)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> predicted(ReportAnalysis analysis, Predicate<Finding> which) {
    return analysis.findings().stream().filter(which).map(Finding::concept)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  Map<String, Counts> concepts() {
    return Map.copyOf(concepts);
  }

  Counts negation() {
    return negation;
  }

  CategoryConfusion confusion() {
    return confusion;
  }

  /** Summed counts of the concepts chosen by {@code which}. */
  Counts sum(Function<String, Boolean> which) {
    return concepts.entrySet().stream().filter(e -> which.apply(e.getKey()))
        .map(Map.Entry::getValue).reduce(Counts.ZERO, Counts::plus);
  }
}
