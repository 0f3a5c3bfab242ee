package org.vigil.findings.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.findings.AlertCategory.SIGNIFICANT;
import static org.vigil.findings.eval.Fakes.analysis;
import static org.vigil.findings.eval.Fakes.fromGuideline;
import static org.vigil.findings.eval.Fakes.notActionable;
import static org.vigil.findings.eval.Fakes.report;
import static org.vigil.findings.eval.Fakes.stated;

import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpScoringTest {

  private static final CorpusReport REPORT = report("r1", SIGNIFICANT, List.of(), List.of(
      new ExpectedFollowUp("recommend CT chest in 3 months", 90, 90, false, true),
      new ExpectedFollowUp("MRI pancreas in 6 months", 180, 180, false, true),
      new ExpectedFollowUp("Clinical correlation is recommended", null, null, false, false),
      new ExpectedFollowUp("Refer to the HPB MDT", null, null, false, true)));

  private static EvaluationSummary evaluate() {
    Evaluator evaluator = new Evaluator(input -> analysis("r1", SIGNIFICANT, List.of(), List.of(
        stated("Recommend CT chest in 3 months.", 90, 90),
        stated("MRI pancreas in 6 months", 90, 180),
        notActionable("Clinical correlation is recommended."),
        fromGuideline("Fleischner 2017: CT at 6-12 months", 180, 360),
        stated("A bone scan is recommended.", null, null))), (s, t) -> null);
    return evaluator.evaluate(new Corpus(List.of(), List.of(REPORT)));
  }

  @Test
  void detectsStatedRecommendationsAndIgnoresGuidelineDerivedOnes() {
    FollowUpSummary followUps = evaluate().followUps();

    assertThat(followUps.sentences()).isEqualTo(new Counts(3, 1, 1));
    assertThat(followUps.actionableSentences()).isEqualTo(new Counts(2, 1, 1));
  }

  @Test
  void scoresAnIntervalAsRightOnlyWhenMinimumAndMaximumBothAgree() {
    FollowUpSummary followUps = evaluate().followUps();

    assertThat(followUps.matched()).isEqualTo(3);
    assertThat(followUps.intervalCorrect()).isEqualTo(2);
    assertThat(followUps.intervals()).isEqualTo(new Counts(1, 1, 1));
    assertThat(followUps.intervalAccuracy()).isEqualTo(2.0 / 3);
  }

  @Test
  void reportsMissedAndFalseRecommendations() {
    EvaluationSummary summary = evaluate();

    assertThat(summary.errors()).extracting(EvaluationError::kind)
        .contains("missed follow-up", "false follow-up", "follow-up interval");
  }

  @Test
  void matchesByContainmentEitherWayOrByMostOfTheWords() {
    assertThat(FollowUpScores.matches("CT in 3 months", "Recommend CT in 3 months.")).isTrue();
    assertThat(FollowUpScores.matches("Recommend a CT chest in 3 months please", "CT chest in 3 months"))
        .isTrue();
    assertThat(FollowUpScores.matches("follow-up CT chest in 3 months", "Follow up CT of the chest in 3 months"))
        .isTrue();
    assertThat(FollowUpScores.matches("Refer to the HPB MDT", "A bone scan is recommended.")).isFalse();
    assertThat(FollowUpScores.matches("Refer to the HPB MDT", "")).isFalse();
  }
}
