package org.vigil.findings.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigil.findings.FollowUp;
import org.vigil.findings.ReportAnalysis;

/**
 * Scores follow-up recommendations stated in reports. A predicted follow-up matches an expected
 * one when its text contains the expected substring, is contained in it, or holds at least
 * {@link #OVERLAP} of its words; each prediction matches at most one expectation. Intervals are
 * scored on matched pairs (min and max days equal; both null equal).
 */
final class FollowUpScores {

  static final double OVERLAP = 0.6;

  private Counts sentences = Counts.ZERO;
  private Counts actionableSentences = Counts.ZERO;
  private Counts intervals = Counts.ZERO;
  private int matched;
  private int intervalCorrect;
  private int conditionalCorrect;
  private int actionableCorrect;
  private final List<EvaluationError> errors;

  FollowUpScores(List<EvaluationError> errors) {
    this.errors = errors;
  }

  void add(String id, List<ExpectedFollowUp> expected, ReportAnalysis analysis) {
    List<FollowUp> stated = analysis.followUps().stream()
        .filter(f -> f.source() != FollowUp.Source.GUIDELINE && f.text() != null).toList();
    sentences = sentences.plus(match(id, expected, stated, true));
    actionableSentences = actionableSentences.plus(match(id,
        expected.stream().filter(ExpectedFollowUp::actionable).toList(),
        stated.stream().filter(FollowUp::actionable).toList(), false));
  }

  private Counts match(String id, List<ExpectedFollowUp> expected, List<FollowUp> predicted,
      boolean scoreDetails) {
    List<FollowUp> unmatched = new ArrayList<>(predicted);
    Counts counts = Counts.ZERO;
    for (ExpectedFollowUp e : expected) {
      Optional<FollowUp> hit = unmatched.stream().filter(p -> matches(e.sentence(), p.text())).findFirst();
      if (hit.isPresent()) {
        unmatched.remove(hit.get());
        counts = counts.plusTp();
        if (scoreDetails) {
          scoreDetails(id, e, hit.get());
        }
      } else {
        counts = counts.plusFn();
        if (scoreDetails) {
          errors.add(new EvaluationError(id, "missed follow-up", e.sentence(), "-"));
          intervals = e.hasInterval() ? intervals.plusFn() : intervals;
        }
      }
    }
    if (scoreDetails) {
      falseFollowUps(id, unmatched);
    }
    return counts.plus(new Counts(0, unmatched.size(), 0));
  }

  private void falseFollowUps(String id, List<FollowUp> unmatched) {
    for (FollowUp p : unmatched) {
      errors.add(new EvaluationError(id, "false follow-up", "-", p.text()));
      intervals = p.minDays() != null || p.maxDays() != null ? intervals.plusFp() : intervals;
    }
  }

  private void scoreDetails(String id, ExpectedFollowUp e, FollowUp p) {
    matched++;
    boolean predictedInterval = p.minDays() != null || p.maxDays() != null;
    if (e.sameInterval(p.minDays(), p.maxDays())) {
      intervalCorrect++;
      intervals = e.hasInterval() ? intervals.plusTp() : intervals;
    } else {
      intervals = e.hasInterval() ? intervals.plusFn() : intervals;
      intervals = predictedInterval ? intervals.plusFp() : intervals;
      errors.add(new EvaluationError(id, "follow-up interval",
          days(e.minDays(), e.maxDays()) + " : " + e.sentence(), days(p.minDays(), p.maxDays())));
    }
    if (e.conditional() == p.conditional()) {
      conditionalCorrect++;
    } else {
      errors.add(new EvaluationError(id, "follow-up conditional", "" + e.conditional(), "" + p.conditional()));
    }
    if (e.actionable() == p.actionable()) {
      actionableCorrect++;
    } else {
      errors.add(new EvaluationError(id, "follow-up actionable", "" + e.actionable(), "" + p.actionable()));
    }
  }

  static boolean matches(String expected, String predicted) {
    String e = normalise(expected);
    String p = normalise(predicted);
    if (e.isEmpty() || p.isEmpty()) {
      return false;
    }
    if (p.contains(e) || e.contains(p)) {
      return true;
    }
    String[] words = e.split(" ");
    long shared = java.util.Arrays.stream(words).filter(w -> (" " + p + " ").contains(" " + w + " ")).count();
    return shared >= OVERLAP * words.length;
  }

  private static String normalise(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  private static String days(Integer min, Integer max) {
    return "days " + min + "-" + max;
  }

  FollowUpSummary summary() {
    return new FollowUpSummary(sentences, actionableSentences, intervals, matched,
        intervalCorrect, conditionalCorrect, actionableCorrect);
  }
}
