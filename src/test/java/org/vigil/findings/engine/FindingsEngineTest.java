package org.vigil.findings.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.Finding;
import org.vigil.findings.FindingsEngine;
import org.vigil.findings.FlagAgreement;
import org.vigil.findings.FollowUp;
import org.vigil.findings.FollowUpReader;
import org.vigil.findings.ReportAnalysis;
import org.vigil.findings.ReportInput;
import org.vigil.findings.SectionKind;

class FindingsEngineTest {

  private final FindingsEngine engine = TestEngines.engine();

  private ReportAnalysis analyse(String text) {
    return analyse(text, null);
  }

  private ReportAnalysis analyse(String text, String flag) {
    return engine.analyse(new ReportInput("r1", text, "CT", flag));
  }

  private static Finding only(ReportAnalysis a, String concept) {
    List<Finding> found = a.findings().stream().filter(f -> f.concept().equals(concept)).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void tensionPneumothoraxIsCritical() {
    ReportAnalysis a = analyse("Large left tension pneumothorax.");
    Finding f = only(a, "pneumothorax");
    assertThat(f.category()).isEqualTo(AlertCategory.CRITICAL);
    assertThat(f.laterality()).isEqualTo("left");
    assertThat(f.modifiers()).anyMatch(m -> m.kind().equals("condition") && m.trigger().equals("tension"));
    assertThat(a.category()).isEqualTo(AlertCategory.CRITICAL);
    assertThat(a.communicationNeeded()).isTrue();
  }

  @Test
  void simplePneumothoraxIsUrgent() {
    assertThat(analyse("Small apical pneumothorax.").category()).isEqualTo(AlertCategory.URGENT);
  }

  @Test
  void pneumothoraxWithoutMediastinalShiftIsNotMadeCriticalByTheNegatedCondition() {
    assertThat(analyse("Left pneumothorax without mediastinal shift.").category())
        .isEqualTo(AlertCategory.URGENT);
  }

  @Test
  void possibleAorticDissectionIsUncertainAndStillCritical() {
    Finding f = only(analyse("Possible aortic dissection."), "aortic_dissection");
    assertThat(f.uncertain()).isTrue();
    assertThat(f.category()).isEqualTo(AlertCategory.CRITICAL);
  }

  @Test
  void negatedFindingsAreListedButEarnNone() {
    ReportAnalysis a = analyse("No pneumothorax, pleural effusion or pulmonary embolism.");
    assertThat(a.findings()).hasSize(3).allMatch(Finding::negated)
        .allMatch(f -> f.category() == AlertCategory.NONE);
    assertThat(a.category()).isEqualTo(AlertCategory.NONE);
    assertThat(a.flagAgreement()).isEqualTo(FlagAgreement.NOT_FLAGGABLE);
  }

  @Test
  void queryPeInTheIndicationIsHypothetical() {
    ReportAnalysis a = analyse("CLINICAL DETAILS: Chest pain. ?PE\nFINDINGS: No filling defect.");
    Finding f = only(a, "pulmonary_embolism");
    assertThat(f.section()).isEqualTo(SectionKind.INDICATION);
    assertThat(f.hypothetical()).isTrue();
    assertThat(f.category()).isEqualTo(AlertCategory.NONE);
  }

  @Test
  void noChangeInTheKnownPneumothoraxIsHistoricalNotNegated() {
    Finding f = only(analyse("No change in the known pneumothorax."), "pneumothorax");
    assertThat(f.negated()).isFalse();
    assertThat(f.historical()).isTrue();
    assertThat(f.category()).isEqualTo(AlertCategory.NONE);
  }

  @Test
  void historicalFindingKeepsItsCategoryWhenTheConceptSaysKeep() {
    Finding f = only(analyse("Known pulmonary embolism, unchanged."), "pulmonary_embolism");
    assertThat(f.historical()).isTrue();
    assertThat(f.category()).isEqualTo(AlertCategory.CRITICAL);
  }

  @Test
  void measurementIsAttachedToTheNoduleItDescribes() {
    String text = "A 12 mm spiculated nodule in the right upper lobe and a small left effusion.";
    Finding nodule = only(analyse(text), "lung_nodule");
    assertThat(nodule.measurements()).singleElement()
        .satisfies(m -> assertThat(m.largestMm()).isEqualTo(12.0));
    assertThat(nodule.category()).isEqualTo(AlertCategory.CANCER);
    assertThat(only(analyse(text), "pleural_effusion").measurements()).isEmpty();
  }

  @Test
  void aneurysmSizeRuleUsesTheLargestDimension() {
    assertThat(only(analyse("Abdominal aortic aneurysm measuring 5.6 x 5.2 cm."),
        "abdominal_aortic_aneurysm").category()).isEqualTo(AlertCategory.URGENT);
    assertThat(only(analyse("Abdominal aortic aneurysm measuring 4.1 cm."),
        "abdominal_aortic_aneurysm").category()).isEqualTo(AlertCategory.SIGNIFICANT);
    assertThat(only(analyse("Small nodule measuring 4 mm in the left lower lobe."), "lung_nodule")
        .category()).isEqualTo(AlertCategory.NONE);
  }

  @Test
  void offsetsPointAtTheMentionInTheOriginalText() {
    String text = "FINDINGS:\r\n  Left-sided PNEUMOTHORAX.\r\nIMPRESSION: Possible PE.";
    ReportAnalysis a = engine.analyse(new ReportInput("r", text, null, null));
    for (Finding f : a.findings()) {
      assertThat(text.substring(f.start(), f.end())).isEqualTo(f.trigger());
    }
    assertThat(a.findings()).extracting(Finding::trigger).containsExactly("PNEUMOTHORAX", "PE");
  }

  @Test
  void theSiteOfASuspectedCancerIsNamedFromTheAnatomy() {
    Finding f = only(analyse("Spiculated mass in the right upper lobe suspicious for malignancy."),
        "suspected_malignancy");
    assertThat(f.site()).isEqualTo("lung");
    assertThat(f.category()).isEqualTo(AlertCategory.CANCER);
  }

  @Test
  void familyHistoryOfCancerEarnsNone() {
    Finding f = only(analyse("Family history of breast cancer."), "suspected_malignancy");
    assertThat(f.experiencer()).isEqualTo("other");
    assertThat(f.category()).isEqualTo(AlertCategory.NONE);
  }

  @Test
  void criticalFindingWithoutAFlagIsUnflagged() {
    assertThat(analyse("Tension pneumothorax.").flagAgreement()).isEqualTo(FlagAgreement.UNFLAGGED);
    assertThat(analyse("Tension pneumothorax.", "AA").flagAgreement()).isEqualTo(FlagAgreement.AGREES);
    assertThat(analyse("Tension pneumothorax.", "N").flagAgreement()).isEqualTo(FlagAgreement.UNFLAGGED);
  }

  @Test
  void flagWithNothingFoundIsFlagWithoutFinding() {
    assertThat(analyse("Normal chest.", "CRITICAL").flagAgreement())
        .isEqualTo(FlagAgreement.FLAG_WITHOUT_FINDING);
    assertThat(analyse("Normal chest.", "").flagAgreement()).isEqualTo(FlagAgreement.NOT_FLAGGABLE);
  }

  @Test
  void alertCodeInTheTextCountsAsAFlag() {
    ReportAnalysis a = analyse("Large pulmonary embolism. Alert code CRITICAL.");
    assertThat(a.flagAgreement()).isEqualTo(FlagAgreement.AGREES);
    assertThat(analyse("Normal study. Alert code CRITICAL.").flagAgreement())
        .isEqualTo(FlagAgreement.FLAG_WITHOUT_FINDING);
  }

  @Test
  void followUpsComeFromTheFollowUpReader() {
    FollowUp fu = new FollowUp("CT chest", "CT", "chest", 90, 90, false, true,
        FollowUp.Source.REPORT, null, "lung_nodule", "CT in 3 months", 0, null);
    FollowUpReader reader = (text, sentences, findings) -> {
      assertThat(sentences).isNotEmpty();
      return List.of(fu);
    };
    FindingsEngine withReader = FindingsEngine.withKnowledgeBase(TestEngines.testKnowledgeBase(), reader);
    assertThat(withReader.analyse(new ReportInput("r", "8 mm nodule. CT in 3 months.", null, null))
        .followUps()).containsExactly(fu);
  }

  @Test
  void analysisIsDeterministic() {
    String text = "FINDINGS: Possible PE. 12 mm nodule. No pneumothorax.";
    assertThat(analyse(text)).isEqualTo(analyse(text));
  }

  @Test
  void assessRefusesATargetThatIsNotInTheSentence() {
    assertThatThrownBy(() -> engine.assess("No pneumothorax.", "effusion"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theKnowledgeBaseVersionIsReported() {
    assertThat(analyse("Normal.").knowledgeBaseVersion()).startsWith("test-1+").hasSize(19);
  }

  @Test
  void analysesFromManyThreadsGiveTheSameAnswers() {
    List<String> texts = List.of("Tension pneumothorax.", "No PE.", "Possible aortic dissection.",
        "AAA 5.6 cm.", "Known pneumothorax, unchanged.", "12 mm spiculated nodule.");
    List<ReportAnalysis> expected = texts.stream().map(this::analyse).toList();
    List<ReportAnalysis> parallel = java.util.stream.IntStream.range(0, 600).parallel()
        .mapToObj(i -> analyse(texts.get(i % texts.size()))).toList();
    for (int i = 0; i < parallel.size(); i++) {
      assertThat(parallel.get(i)).isEqualTo(expected.get(i % texts.size()));
    }
  }
}
