package org.vigil.findings.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.findings.engine.TestEngines;
import org.vigil.findings.text.Tokenizer;
import org.vigil.findings.text.Tokens;

class ConceptMatchingTest {

  private static final CompiledKnowledgeBase KB =
      new CompiledKnowledgeBase(TestEngines.testKnowledgeBase());

  private static List<String> concepts(String sentence) {
    Tokens tokens = Tokenizer.tokenize(sentence);
    List<Mention> out = new ArrayList<>();
    KB.mentions(tokens, 0, tokens.size(), out);
    return out.stream().map(m -> m.concept().id()).toList();
  }

  @Test
  void findsSynonymsWhateverTheCaseAndPlural() {
    assertThat(concepts("Bilateral PNEUMOTHORACES.")).containsExactly("pneumothorax");
    assertThat(concepts("Multiple pulmonary nodules.")).containsExactly("lung_nodule");
    assertThat(concepts("Intracranial hemorrhage.")).containsExactly("intracranial_haemorrhage");
  }

  @Test
  void abbreviationsMatchOnlyInCapitals() {
    assertThat(concepts("Large PE.")).containsExactly("pulmonary_embolism");
    assertThat(concepts("Patient had pe lessons.")).isEmpty();
  }

  @Test
  void theLongestSynonymWins() {
    assertThat(concepts("Abdominal aortic aneurysm.")).containsExactly("abdominal_aortic_aneurysm");
    assertThat(concepts("Alert code cancer.")).containsExactly("alert_code_cancer");
  }

  @Test
  void anExclusionHidesItsConcept() {
    assertThat(concepts("Pneumothorax ex vacuo after drainage.")).isEmpty();
    assertThat(concepts("A thyroid nodule.")).isEmpty();
    assertThat(concepts("Refer to fracture clinic.")).isEmpty();
  }

  @Test
  void aGapSynonymFindsSeparatedWords() {
    assertThat(concepts("Filling defect in the right pulmonary artery."))
        .containsExactly("pulmonary_embolism");
  }

  @Test
  void hashIsAFractureAbbreviation() {
    assertThat(concepts("Left NOF #.")).containsExactly("fracture");
  }

  private static final FindingReader DEFAULT = new FindingReader(
      new CompiledKnowledgeBase(KnowledgeBaseLoader.loadDefault()),
      org.vigil.findings.context.ContextAnalyser.withDefaultRules());

  private static List<String> affirmed(String report) {
    return DEFAULT.read(org.vigil.findings.text.ParsedReport.parse(report)).stream()
        .filter(f -> f.isAffirmed()).map(f -> f.concept()).toList();
  }

  private static List<String> negated(String report) {
    return DEFAULT.read(org.vigil.findings.text.ParsedReport.parse(report)).stream()
        .filter(f -> f.negated()).map(f -> f.concept()).toList();
  }

  @Test
  void aBareEffusionIsPleuralOnlyInAChestReport() {
    assertThat(negated("Findings: The heart is not enlarged. Clear lungs. No effusion."))
        .contains("pleural_effusion");
    assertThat(affirmed("XR LEFT KNEE\nSmall effusion. No fracture."))
        .doesNotContain("pleural_effusion");
  }

  @Test
  void aBareHaemorrhageIsIntracranialOnlyInAHeadReport() {
    assertThat(negated("CT HEAD\nUnremarkable brain parenchyma. No haemorrhage."))
        .contains("intracranial_haemorrhage");
    assertThat(affirmed("CT ABDOMEN\nHaemorrhage into the right adrenal gland."))
        .doesNotContain("intracranial_haemorrhage");
    assertThat(affirmed("CT HEAD\nRight scalp haematoma. Retinal haemorrhages are not assessed."))
        .doesNotContain("intracranial_haemorrhage");
  }

  @Test
  void bareDissectionPerforationAndObstructionNeedTheirRegion() {
    assertThat(negated("CT AORTA\nThe thoracic aorta is normal in calibre. No dissection."))
        .contains("aortic_dissection");
    assertThat(affirmed("CT NECK\nStatus post right neck dissection.")).isEmpty();
    assertThat(negated("CT ABDOMEN AND PELVIS\nAcute appendicitis. No perforation or abscess."))
        .contains("bowel_perforation");
    assertThat(affirmed("CT ABDOMEN\nLeft ureteric obstruction by a 6 mm calculus."))
        .doesNotContain("bowel_obstruction");
  }

  @Test
  void anExactPhraseBeatsTheGapPhraseItsExclusionNames() {
    assertThat(affirmed("CT CHEST\nFree mediastinal gas outlining the aortic arch."))
        .contains("pneumomediastinum").doesNotContain("pneumoperitoneum");
  }

  @Test
  void aRegionalWordOutsideItsRegionDoesNotHideAnOverlappingFinding() {
    assertThat(affirmed("XR NECK\nRadiopaque foreign body in the upper oesophagus."))
        .contains("ingested_foreign_body");
    assertThat(affirmed("XR CHEST\nRadiopaque foreign body in the left main bronchus after "
        + "choking.")).contains("airway_foreign_body");
  }

  @Test
  void aCoordinatedModifierNamesBothFindings() {
    assertThat(negated("CTPA\nNo pleural or pericardial effusion."))
        .contains("pleural_effusion", "pericardial_effusion");
  }

  @Test
  void aHaemorrhagicVenousInfarctIsBothAnInfarctAndABleed() {
    assertThat(affirmed("MRI VENOGRAM\nSmall haemorrhagic venous infarct in the right parietal "
        + "lobe.")).contains("acute_infarct", "intraparenchymal_haemorrhage");
  }

  @Test
  void anUnstableVertebralFractureIsUnstableSpinalFracture() {
    assertThat(affirmed("CT WHOLE SPINE\nConclusion: Unstable L1 burst fracture."))
        .contains("unstable_spinal_fracture");
    assertThat(affirmed("CT SPINE\nDisruption of the posterior ligamentous complex."))
        .contains("unstable_spinal_fracture");
  }

  @Test
  void aSafeguardingConcernIsSuspectedNonAccidentalInjury() {
    assertThat(affirmed("CT HEAD\nIn view of the age, a safeguarding assessment and a skeletal "
        + "survey should be considered.")).contains("non_accidental_injury");
  }

  @Test
  void anAlertCodeAfterAColonIsRead() {
    assertThat(affirmed("Conclusion: Right upper lobe mass. ALERT: SUSPECTED CANCER - lung."))
        .contains("alert_code_cancer");
    assertThat(affirmed("Conclusion: Left upper lobe pneumonia. Alert category: Urgent finding."))
        .contains("alert_code_urgent");
  }

  @Test
  void aMassInABrainLobeIsNotALungMass() {
    assertThat(affirmed("MRI BRAIN\nThere is a 4.5 cm ring-enhancing mass in the right frontal "
        + "lobe.")).doesNotContain("lung_mass");
    assertThat(affirmed("CT CHEST\nThere is a 5 cm mass in the right upper lobe."))
        .contains("lung_mass");
  }

  @Test
  void aNonDepressedSkullFractureIsNotRaisedToCritical() {
    var findings = DEFAULT.read(org.vigil.findings.text.ParsedReport.parse(
        "CT HEAD\nLinear non-depressed right parietal skull fracture."));
    assertThat(findings).filteredOn(f -> f.concept().equals("skull_fracture"))
        .extracting(f -> f.category()).doesNotContain(org.vigil.findings.AlertCategory.CRITICAL);
  }

  @Test
  void aCoordinatedFindingIsNotReadAcrossOr() {
    assertThat(negated("CT HEAD\nNo acute haemorrhage or new infarct."))
        .contains("intracranial_haemorrhage", "acute_infarct");
  }

  @Test
  void bareWordsNameTheirFindingInTheirOwnStudy() {
    assertThat(negated("CT CHEST\nStable nodule in the right lower lobe. No new nodules."))
        .contains("lung_nodule");
    assertThat(negated("US RIGHT UPPER QUADRANT\nThe portal vein is patent with no thrombosis."))
        .contains("portal_vein_thrombosis");
    assertThat(negated("CT ABDOMEN\n5.6 cm abdominal aortic aneurysm without rupture."))
        .contains("aortic_rupture");
    assertThat(negated("CONTRAST SWALLOW\nContrast passes through the anastomosis. No leak."))
        .contains("bowel_perforation");
  }

  @Test
  void aForeignBodyInAChokingChildIsAnAirwayForeignBody() {
    assertThat(negated("Clinical details: child choking episode.\nFindings: No radio-opaque "
        + "foreign body.")).contains("airway_foreign_body");
    assertThat(affirmed("XR RIGHT HAND\nSmall metallic foreign body in the thenar eminence."))
        .doesNotContain("airway_foreign_body");
  }

  @Test
  void anAbnormalLookingNodeIsLymphadenopathy() {
    assertThat(affirmed("MRI PELVIS\nTwo mesorectal lymph nodes of malignant morphology."))
        .contains("lymphadenopathy");
    assertThat(affirmed("Findings: a 9 mm morphologically abnormal left axillary lymph node."))
        .contains("lymphadenopathy");
    assertThat(affirmed("PET-CT\nFDG-avid right hilar lymph node (SUVmax 6)."))
        .contains("lymphadenopathy");
  }
}
