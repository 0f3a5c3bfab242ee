package org.vigil.findings.eval.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.findings.FindingsEngine;

/**
 * Floors on real radiologists' reports, read from the shared corpus folder where it exists
 * ({@code ../shared/corpora}, or the path in -Dvigil.corpora); skipped with a message where it
 * does not, since the reports' licence keeps them out of the repository.
 */
class SharedCorpusFloorsTest {

  private static final Path LABELS = Path.of("src/test/resources/findings/indiana-labels/labels.tsv");
  private static Map<Split, CodedScores> scores;
  private static Map<Split, MentionScores> labelled;
  private static String missing;

  @BeforeAll
  static void evaluate() {
    Path file = Path.of(System.getProperty("vigil.corpora", "../shared/corpora"))
        .resolve("indiana-chest-xray/reports.jsonl");
    if (!Files.isReadable(file)) {
      missing = "shared corpus not found at " + file.toAbsolutePath() + ": real-text floors skipped";
      System.out.println(missing);
      return;
    }
    FindingsEngine engine = FindingsEngine.withDefaultKnowledgeBase();
    List<CodedReport> reports = CodedReports.read(file);
    scores = CorpusEvaluation.evaluate(reports, engine, CodeMapping.loadDefault());
    labelled = MentionEvaluation.evaluate(MentionLabel.read(LABELS), reports, engine);
  }

  @BeforeEach
  void needsTheSharedCorpus() {
    assumeTrue(missing == null, missing);
  }

  @Test
  void alertsOnAtMostTwoPerThousandNormalChestRadiographs() {
    int falseAlerts = scores.values().stream().mapToInt(CodedScores::falseAlerts).sum();
    int normal = scores.values().stream().mapToInt(CodedScores::normalReports).sum();
    assertThat(1000.0 * falseAlerts / normal).isLessThanOrEqualTo(2.0);
    assertThat(scores.get(Split.HELD_OUT).falseAlertsPerThousandNormal()).isLessThanOrEqualTo(2.0);
  }

  @Test
  void findsPneumothoraxWithPrecisionOfAtLeast080() {
    var ptx = scores.get(Split.DEVELOPMENT).concepts().get("pneumothorax")
        .plus(scores.get(Split.HELD_OUT).concepts().get("pneumothorax"));
    assertThat(ptx.precision()).isGreaterThanOrEqualTo(0.80);
    assertThat(ptx.recall()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void readsNegationOnHandLabelledMentionsWithF1OfAtLeast097() {
    for (Split s : Split.values()) {
      assertThat(labelled.get(s).modifiers().get("negated").f1()).as(s.label())
          .isGreaterThanOrEqualTo(0.97);
    }
  }

  @Test
  void readsHistoryOnHandLabelledMentionsWithF1OfAtLeast080() {
    for (Split s : Split.values()) {
      assertThat(labelled.get(s).modifiers().get("historical").f1()).as(s.label())
          .isGreaterThanOrEqualTo(0.80);
    }
  }

  @Test
  void readsHypotheticalWordingOnHandLabelledMentionsWithF1OfAtLeast090() {
    // issue 11's target (annotated clinical sentences), met on both halves (0.97 / 0.93)
    for (Split s : Split.values()) {
      assertThat(labelled.get(s).modifiers().get("hypothetical").f1()).as(s.label())
          .isGreaterThanOrEqualTo(0.90);
    }
  }

  @Test
  void readsUncertainWordingOnHandLabelledMentionsWithoutRegressing() {
    // no issue target: regression guard at the measured values rounded down (0.88 / 0.69);
    // most misses are hedge words lost to de-identification ("opacity XXXX represents ...")
    assertThat(labelled.get(Split.DEVELOPMENT).modifiers().get("uncertain").f1())
        .isGreaterThanOrEqualTo(0.85);
    assertThat(labelled.get(Split.HELD_OUT).modifiers().get("uncertain").f1())
        .isGreaterThanOrEqualTo(0.65);
  }
}
