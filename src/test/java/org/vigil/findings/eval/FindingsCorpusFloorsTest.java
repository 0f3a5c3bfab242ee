package org.vigil.findings.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.findings.FindingsEngine;

/**
 * The real engine over the development corpus, held to the targets where it meets them
 * and otherwise to the measured value rounded down (a regression guard, with the target named).
 * The floors are development-set figures: the engine must also be measured on unseen real
 * reports.
 */
class FindingsCorpusFloorsTest {

  private static EvaluationSummary summary;

  @BeforeAll
  static void evaluate() {
    summary = Evaluator.of(FindingsEngine.withDefaultKnowledgeBase())
        .evaluate(CorpusReader.fromClasspath());
  }

  @Test
  void theEngineAnalysesEveryReportAndSentenceWithoutFailing() {
    assertThat(summary.engineFailures()).isZero();
  }

  @Test
  void findsAtLeast98PercentOfCriticalFindingsWithPrecisionOfAtLeast90Percent() {
    assertThat(summary.criticalMentions().recall()).isGreaterThanOrEqualTo(0.98);
    assertThat(summary.criticalMentions().precision()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void raisesCriticalForAtLeast98PercentOfCriticalReports() {
    assertThat(summary.criticalReports().recall()).isGreaterThanOrEqualTo(0.98);
    assertThat(summary.criticalReports().precision()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void readsNegationWithF1OfAtLeast096() {
    assertThat(summary.negationF1()).isGreaterThanOrEqualTo(0.96);
  }

  @Test
  void readsHistoricalMentionsWithF1OfAtLeast080() {
    assertThat(summary.historicalF1()).isGreaterThanOrEqualTo(0.80);
  }

  @Test
  void findsFollowUpRecommendationsWithF1OfAtLeast093() {
    assertThat(summary.followUpSentenceF1()).isGreaterThanOrEqualTo(0.93);
  }

  @Test
  void readsFollowUpIntervalsWithF1OfAtLeast090() {
    assertThat(summary.intervalF1()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void readsHypotheticalAndUncertainMentionsWithoutRegressing() {
    // no issue target: regression guards at the measured values rounded down
    assertThat(summary.modifier("hypothetical").f1()).isGreaterThanOrEqualTo(0.98);
    assertThat(summary.modifier("uncertain").f1()).isGreaterThanOrEqualTo(0.98);
    assertThat(summary.reportNegation().f1()).isGreaterThanOrEqualTo(0.97);
    assertThat(summary.findings().f1()).isGreaterThanOrEqualTo(0.95);
  }
}
