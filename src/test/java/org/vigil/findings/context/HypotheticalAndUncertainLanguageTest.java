package org.vigil.findings.context;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.Assertion;
import org.vigil.findings.Finding;
import org.vigil.findings.FindingsEngine;
import org.vigil.findings.ReportInput;

/**
 * Hypothetical and uncertain wording read as radiologists and referrers write it: alternatives,
 * established diagnoses in the clinical details, dates in the past; a hedged critical finding
 * still alerts and a hypothetical one does not.
 */
class HypotheticalAndUncertainLanguageTest {

  private static final FindingsEngine ENGINE = FindingsEngine.withDefaultKnowledgeBase();

  private static Assertion assess(String sentence, String target) {
    return ENGINE.assess(sentence, target);
  }

  private static Finding only(String text, String concept) {
    return ENGINE.analyse(new ReportInput("t", text, "XR", null)).findings().stream()
        .filter(f -> f.concept().equals(concept)).findFirst().orElseThrow();
  }

  @Test
  void leftLowerZoneOpacityRepresentsConsolidationOrCollapseIsADifferential() {
    assertThat(assess("Left lower zone opacity represents consolidation or collapse.",
        "consolidation").uncertain()).isTrue();
    assertThat(assess("Left lower zone opacity represents consolidation or collapse.",
        "collapse").uncertain()).isTrue();
  }

  @Test
  void rightBasalAtelectasisSlashInfiltrateOffersTwoReadings() {
    Assertion a = assess("Right basal atelectasis/infiltrate.", "infiltrate");
    assertThat(a.uncertain()).isTrue();
    assertThat(a.modifiers()).anySatisfy(m -> assertThat(m.trigger()).isEqualTo("/"));
  }

  @Test
  void aSmallEffusionAndOrPleuralThickeningIsUncertain() {
    assertThat(assess("Small right pleural effusion and/or pleural thickening.",
        "pleural effusion").uncertain()).isTrue();
  }

  @Test
  void noPneumothoraxOrEffusionIsAListUnderTheNegationNotADifferential() {
    Assertion a = assess("No pneumothorax or effusion.", "effusion");
    assertThat(a.negated()).isTrue();
    assertThat(a.uncertain()).isFalse();
    assertThat(assess("No pneumothorax/pneumomediastinum.", "pneumothorax").uncertain()).isFalse();
  }

  @Test
  void copdSlashEmphysemaInTheClinicalDetailsIsOneKnownConditionNotAnAlternative() {
    Assertion a = assess("INDICATION: COPD/emphysema, breathless on exertion.", "emphysema");
    assertThat(a.uncertain()).isFalse();
    assertThat(a.historical()).isTrue();
    assertThat(a.hypothetical()).isFalse();
  }

  @Test
  void clinicalDetailsLungCancerIncreasingBreathlessnessGivesTheCancerAsHistory() {
    Assertion a = assess("Clinical details: Lung cancer, increasing breathlessness.", "Lung cancer");
    assertThat(a.historical()).isTrue();
    assertThat(a.hypothetical()).isFalse();
  }

  @Test
  void clinicalDetailsQueryMalignancyStaysTheReferrersQuestion() {
    Assertion a = assess("Clinical details: Weight loss, ?malignancy.", "malignancy");
    assertThat(a.hypothetical()).isTrue();
    assertThat(a.historical()).isFalse();
    assertThat(assess("Clinical details: r/o lung cancer.", "lung cancer").hypothetical()).isTrue();
  }

  @Test
  void clinicalDetailsAPlainSymptomIsStillTheReasonForTheRequest() {
    assertThat(assess("INDICATION: Cough, fever, pneumonia.", "pneumonia").hypothetical())
        .isTrue();
  }

  @Test
  void pneumoniaTwoYearsAgoIsHistory() {
    assertThat(assess("Pneumonia two years ago; the lungs are now clear.", "Pneumonia")
        .historical()).isTrue();
    assertThat(assess("Right seventh rib fracture sustained six weeks ago.", "fracture")
        .historical()).isTrue();
  }

  @Test
  void clinicalDetailsFallToExcludePneumothoraxIsHypotheticalAndDoesNotAlert() {
    Finding f = only("Clinical details: Fall from a ladder, to exclude pneumothorax.\n\n"
        + "Findings: The lungs are clear.", "pneumothorax");
    assertThat(f.hypothetical()).isTrue();
    assertThat(f.category()).isEqualTo(AlertCategory.NONE);
  }

  @Test
  void shouldAPneumothoraxDevelopAfterTheBiopsyIsHypotheticalAndDoesNotAlert() {
    Finding f = only("Should a pneumothorax develop after the biopsy, a repeat chest film is"
        + " advised.", "pneumothorax");
    assertThat(f.hypothetical()).isTrue();
    assertThat(f.category()).isEqualTo(AlertCategory.NONE);
  }

  @Test
  void aorticDissectionOrIntramuralHaematomaIsHedgedAndStillCritical() {
    Finding f = ENGINE.analyse(new ReportInput("t", "Findings: Intimal flap in the descending"
        + " aorta: aortic dissection or intramural haematoma.", "CT", null)).findings().stream()
        .filter(x -> x.trigger().equals("aortic dissection")).findFirst().orElseThrow();
    assertThat(f.uncertain()).isTrue();
    assertThat(f.category()).isEqualTo(AlertCategory.CRITICAL);
  }

  @Test
  void lucencyUnderTheDiaphragmQueryFreeGasIsUncertainAndStillCritical() {
    Finding f = only("Findings: Lucency beneath the right hemidiaphragm, query free gas.",
        "pneumoperitoneum");
    assertThat(f.uncertain()).isTrue();
    assertThat(f.category()).isEqualTo(AlertCategory.CRITICAL);
  }
}
