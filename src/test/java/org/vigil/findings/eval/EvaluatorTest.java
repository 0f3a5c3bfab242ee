package org.vigil.findings.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.findings.AlertCategory.CRITICAL;
import static org.vigil.findings.AlertCategory.NONE;
import static org.vigil.findings.AlertCategory.URGENT;
import static org.vigil.findings.eval.Fakes.absent;
import static org.vigil.findings.eval.Fakes.affirmed;
import static org.vigil.findings.eval.Fakes.analysis;
import static org.vigil.findings.eval.Fakes.assertion;
import static org.vigil.findings.eval.Fakes.familyHistory;
import static org.vigil.findings.eval.Fakes.hypothetical;
import static org.vigil.findings.eval.Fakes.negated;
import static org.vigil.findings.eval.Fakes.present;
import static org.vigil.findings.eval.Fakes.report;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.Assertion;
import org.vigil.findings.ReportAnalysis;
import org.vigil.findings.ReportInput;

class EvaluatorTest {

  private static final List<CorpusReport> REPORTS = List.of(
      report("r1", URGENT, List.of(present("pneumothorax"), absent("pleural_effusion")), List.of()),
      report("r2", CRITICAL, List.of(present("aortic_dissection")), List.of()),
      report("r3", CRITICAL, List.of(present("subdural_haematoma")), List.of()),
      report("r4", NONE, List.of(new ExpectedFinding("pulmonary_embolism", false, false, false, true),
          absent("pulmonary_embolism")), List.of()),
      report("r5", NONE, List.of(present("pneumonia")), List.of()));

  private static final Map<String, ReportAnalysis> ANALYSES = Map.of(
      "r1", analysis("r1", URGENT, List.of(affirmed("pneumothorax"), negated("pleural_effusion"),
          affirmed("pneumonia"), affirmed("haemoperitoneum")), List.of()),
      "r2", analysis("r2", NONE, List.of(), List.of()),
      "r3", analysis("r3", CRITICAL, List.of(affirmed("subdural_haematoma"),
          affirmed("intracranial_haemorrhage")), List.of()),
      "r4", analysis("r4", NONE, List.of(hypothetical("pulmonary_embolism"),
          familyHistory("abdominal_aortic_aneurysm")), List.of()),
      "r5", analysis("r5", NONE, List.of(affirmed("pneumonia")), List.of()));

  private static EvaluationSummary evaluateReports() {
    Evaluator evaluator = new Evaluator(input -> ANALYSES.get(input.id()), (s, t) -> null);
    return evaluator.evaluate(new Corpus(List.of(), REPORTS));
  }

  @Test
  void countsAFoundFindingAMissedFindingAndAFalseFindingPerConcept() {
    EvaluationSummary summary = evaluateReports();

    assertThat(summary.concepts().get("pneumothorax")).isEqualTo(new Counts(1, 0, 0));
    assertThat(summary.concepts().get("pneumonia")).isEqualTo(new Counts(1, 1, 0));
    assertThat(summary.concepts().get("aortic_dissection")).isEqualTo(new Counts(0, 0, 1));
    assertThat(summary.findings()).isEqualTo(new Counts(3, 1, 1));
  }

  @Test
  void setsAsideConceptsTheCorpusNeverLabels() {
    EvaluationSummary summary = evaluateReports();

    assertThat(summary.concepts()).doesNotContainKey("haemoperitoneum");
    assertThat(summary.unscored()).containsEntry("haemoperitoneum", 1);
  }

  @Test
  void anExpectedGeneralConceptIsFoundByAMoreSpecificPrediction() {
    CorpusReport cancer = report("r1", AlertCategory.CANCER,
        List.of(present("suspected_malignancy"), absent("hip_fracture")), List.of());
    Evaluator evaluator = new Evaluator(input -> analysis("r1", AlertCategory.CANCER,
        List.of(affirmed("lung_mass"), negated("fracture")), List.of()), (s, t) -> null);

    EvaluationSummary summary = evaluator.evaluate(new Corpus(List.of(), List.of(cancer)));

    assertThat(summary.findings()).isEqualTo(new Counts(1, 0, 0));
    assertThat(summary.concepts()).containsOnlyKeys("suspected_malignancy");
    assertThat(summary.reportNegation()).isEqualTo(new Counts(1, 0, 0));
  }

  @Test
  void aGeneralConceptBesideTheExpectedSpecificOneIsNotAFalseFinding() {
    EvaluationSummary summary = evaluateReports();

    assertThat(summary.concepts()).doesNotContainKey("intracranial_haemorrhage");
    assertThat(summary.concepts().get("subdural_haematoma")).isEqualTo(new Counts(1, 0, 0));
  }

  @Test
  void hypotheticalAndFamilyHistoryMentionsAreNotAffirmedFindings() {
    EvaluationSummary summary = evaluateReports();

    assertThat(summary.concepts()).doesNotContainKeys("pulmonary_embolism", "abdominal_aortic_aneurysm");
  }

  @Test
  void scoresNegatedMentionsInReportsSeparately() {
    EvaluationSummary summary = evaluateReports();

    assertThat(summary.reportNegation()).isEqualTo(new Counts(1, 0, 1));
    assertThat(summary.errors()).anySatisfy(e -> {
      assertThat(e.id()).isEqualTo("r4");
      assertThat(e.kind()).isEqualTo("missed negation");
    });
  }

  @Test
  void measuresCriticalFindingsByMentionAndByReport() {
    EvaluationSummary summary = evaluateReports();

    assertThat(summary.criticalMentions()).isEqualTo(new Counts(1, 0, 1));
    assertThat(summary.criticalReports()).isEqualTo(new Counts(1, 0, 1));
    assertThat(summary.categories().count(CRITICAL, NONE)).isEqualTo(1);
    assertThat(summary.categories().agreeing()).isEqualTo(4);
    assertThat(summary.categories().underCalled()).isEqualTo(1);
  }

  @Test
  void listsEveryMissWithWhatWasExpectedAndWhatCame() {
    EvaluationSummary summary = evaluateReports();

    assertThat(summary.errors()).extracting(EvaluationError::id, EvaluationError::kind)
        .contains(
            org.assertj.core.groups.Tuple.tuple("r1", "false finding"),
            org.assertj.core.groups.Tuple.tuple("r2", "missed finding"),
            org.assertj.core.groups.Tuple.tuple("r2", "category"));
  }

  @Test
  void aReportTheEngineCannotAnalyseCountsAsMissedAndIsReported() {
    Evaluator evaluator = new Evaluator(input -> {
      throw new IllegalStateException("boom");
    }, (s, t) -> null);

    EvaluationSummary summary = evaluator.evaluate(new Corpus(List.of(), REPORTS.subList(1, 2)));

    assertThat(summary.engineFailures()).isEqualTo(1);
    assertThat(summary.criticalReports()).isEqualTo(new Counts(0, 0, 1));
    assertThat(summary.errors()).extracting(EvaluationError::kind).contains("engine failure");
  }

  @Test
  void scoresEachModifierOfSingleSentences() {
    List<CorpusSentence> sentences = List.of(
        Fakes.sentence("s1", true, false, "patient"),
        Fakes.sentence("s2", false, true, "patient"),
        Fakes.sentence("s3", false, false, "other"));
    Map<String, Assertion> answers = Map.of(
        "s1", assertion(true, false, false, false, "patient"),
        "s2", assertion(true, false, false, false, "patient"),
        "s3", assertion(false, false, false, false, "other"));
    java.util.Iterator<String> ids = List.of("s1", "s2", "s3").iterator();
    Evaluator evaluator = new Evaluator(input -> null, (s, t) -> answers.get(ids.next()));

    EvaluationSummary summary = evaluator.evaluate(new Corpus(sentences, List.of()));

    assertThat(summary.modifier("negated")).isEqualTo(new Counts(1, 1, 0));
    assertThat(summary.modifier("historical")).isEqualTo(new Counts(0, 0, 1));
    assertThat(summary.modifier("experiencer")).isEqualTo(new Counts(1, 0, 0));
    assertThat(summary.modifier("uncertain")).isEqualTo(Counts.ZERO);
    assertThat(summary.negationF1()).isEqualTo(2 * 0.5 / 1.5);
  }

  @Test
  void aSentenceTheEngineCannotAssessIsWrongOnEveryModifier() {
    Evaluator evaluator = new Evaluator(input -> null, (s, t) -> {
      throw new UnsupportedOperationException("not yet built");
    });

    EvaluationSummary summary = evaluator.evaluate(
        new Corpus(List.of(Fakes.sentence("s1", true, false, "patient")), List.of()));

    assertThat(summary.modifier("negated")).isEqualTo(new Counts(0, 0, 1));
    assertThat(summary.modifier("hypothetical")).isEqualTo(new Counts(0, 1, 0));
    assertThat(summary.engineFailures()).isEqualTo(1);
  }

  @Test
  void evaluatesTheEngineThroughItsPublicInput() {
    ReportInput[] seen = new ReportInput[1];
    Evaluator evaluator = new Evaluator(input -> {
      seen[0] = input;
      return analysis(input.id(), NONE, List.of(), List.of());
    }, (s, t) -> null);

    evaluator.evaluate(new Corpus(List.of(), List.of(new CorpusReport("r9", "MR", "AA",
        "Normal.", NONE, List.of(), List.of()))));

    assertThat(seen[0]).isEqualTo(new ReportInput("r9", "Normal.", "MR", "AA"));
  }
}
