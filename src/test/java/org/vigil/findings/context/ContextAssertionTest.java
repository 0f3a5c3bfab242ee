package org.vigil.findings.context;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.findings.Assertion;
import org.vigil.findings.FindingsEngine;
import org.vigil.findings.engine.TestEngines;

class ContextAssertionTest {

  private final FindingsEngine engine = TestEngines.engine();

  private Assertion assess(String sentence, String target) {
    return engine.assess(sentence, target);
  }

  @Test
  void noNegatesTheFindingThatFollows() {
    assertThat(assess("No pneumothorax.", "pneumothorax").negated()).isTrue();
  }

  @Test
  void aNegationWhoseLastWordBeginsTheFindingStillNegatesIt() {
    // "no acute" is one trigger; "acute intracranial haemorrhage" is the mention: they share "acute"
    assertThat(assess("No acute intracranial haemorrhage.", "acute intracranial haemorrhage")
        .negated()).isTrue();
    assertThat(assess("No acute infarct on DWI.", "acute infarct").negated()).isTrue();
  }

  @Test
  void noEvidenceOfNegatesAcuteFinding() {
    assertThat(assess("There is no evidence of pulmonary embolism.", "pulmonary embolism").negated())
        .isTrue();
  }

  @Test
  void negationCoversEveryItemOfAList() {
    String s = "No pneumothorax, pleural effusion or consolidation.";
    assertThat(assess(s, "pneumothorax").negated()).isTrue();
    assertThat(assess(s, "pleural effusion").negated()).isTrue();
    assertThat(assess(s, "consolidation").negated()).isTrue();
  }

  @Test
  void negationStopsAtBut() {
    String s = "No pleural effusion but there is a large right pneumothorax.";
    assertThat(assess(s, "pleural effusion").negated()).isTrue();
    assertThat(assess(s, "pneumothorax").negated()).isFalse();
  }

  @Test
  void negationStopsAtSemicolonAndHowever() {
    assertThat(assess("No effusion; small pneumothorax.", "pneumothorax").negated()).isFalse();
    assertThat(assess("No effusion, however a small pneumothorax is seen.", "pneumothorax").negated())
        .isFalse();
  }

  @Test
  void negationScopeIsLimitedToAWindowOfWords() {
    String s = "No effusion in the right hemithorax is seen with the patient lying supine and pneumothorax.";
    assertThat(assess(s, "pneumothorax").negated()).isFalse();
  }

  @Test
  void backwardTriggersNegateTheFindingBeforeThem() {
    assertThat(assess("The pneumothorax is not seen.", "pneumothorax").negated()).isTrue();
    assertThat(assess("Pulmonary embolism is excluded.", "pulmonary embolism").negated()).isTrue();
    assertThat(assess("The left pneumothorax has resolved.", "pneumothorax").negated()).isTrue();
    assertThat(assess("Intracranial haemorrhage not identified.", "haemorrhage").negated()).isTrue();
  }

  @Test
  void withoutAndNegativeForAndFreeOfNegate() {
    assertThat(assess("Fracture without displacement.", "displacement").negated()).isTrue();
    assertThat(assess("CTPA negative for pulmonary embolism.", "pulmonary embolism").negated()).isTrue();
    assertThat(assess("Lungs free of nodules.", "nodules").negated()).isTrue();
    assertThat(assess("Absence of free air.", "free air").negated()).isTrue();
  }

  @Test
  void pseudoTriggersDoNotNegate() {
    assertThat(assess("Not only a pneumothorax but also effusion.", "pneumothorax").negated()).isFalse();
    assertThat(assess("Gram negative sepsis with lung abscess.", "lung abscess").negated()).isFalse();
    assertThat(assess("No further pneumothorax management needed.", "pneumothorax").negated()).isFalse();
  }

  @Test
  void absentBeforeANounDescribesThatNounNotTheFindingBeforeIt() {
    assertThat(assess("Torted left testis with absent flow.", "Torted left testis").negated())
        .isFalse();
    assertThat(assess("Enlarged ovary and absent venous flow.", "ovary").negated()).isFalse();
    assertThat(assess("Testicular flow is absent.", "Testicular flow").negated()).isTrue();
  }

  @Test
  void noChangeInTheKnownPneumothoraxIsHistoricalNotNegated() {
    Assertion a = assess("No change in the known pneumothorax.", "pneumothorax");
    assertThat(a.negated()).isFalse();
    assertThat(a.historical()).isTrue();
  }

  @Test
  void noIncreaseInSizeIsHistoricalNotNegated() {
    Assertion a = assess("No increase in size of the lung nodule.", "lung nodule");
    assertThat(a.negated()).isFalse();
    assertThat(a.historical()).isTrue();
  }

  @Test
  void possibleAorticDissectionIsUncertain() {
    Assertion a = assess("Possible aortic dissection.", "aortic dissection");
    assertThat(a.uncertain()).isTrue();
    assertThat(a.negated()).isFalse();
  }

  @Test
  void cannotBeExcludedMakesTheFindingBeforeItUncertainNotNegated() {
    Assertion a = assess("A small pulmonary embolism cannot be excluded.", "pulmonary embolism");
    assertThat(a.uncertain()).isTrue();
    assertThat(a.negated()).isFalse();
    assertThat(assess("Early appendicitis cannot be completely excluded.", "appendicitis").uncertain())
        .isTrue();
  }

  @Test
  void suspiciousForAndQuestionMarkAreUncertain() {
    assertThat(assess("Mass suspicious for malignancy.", "malignancy").uncertain()).isTrue();
    assertThat(assess("?Pneumothorax at the apex.", "pneumothorax").uncertain()).isTrue();
    assertThat(assess("Query early consolidation.", "consolidation").uncertain()).isTrue();
  }

  @Test
  void consistentWithIsAnAffirmationNotUncertainty() {
    Assertion a = assess("Appearances consistent with appendicitis.", "appendicitis");
    assertThat(a.uncertain()).isFalse();
    assertThat(a.negated()).isFalse();
  }

  @Test
  void noFeaturesConsistentWithIsStillNegated() {
    assertThat(assess("No features consistent with appendicitis.", "appendicitis").negated()).isTrue();
  }

  @Test
  void knownAndUnchangedAndOldAreHistorical() {
    assertThat(assess("Known right lung nodule.", "nodule").historical()).isTrue();
    assertThat(assess("The lung nodule is unchanged.", "lung nodule").historical()).isTrue();
    assertThat(assess("Old healed rib fracture.", "fracture").historical()).isTrue();
    assertThat(assess("History of breast cancer.", "cancer").historical()).isTrue();
  }

  @Test
  void newAndEnlargingAreNotHistorical() {
    assertThat(assess("Known aneurysm, now enlarging.", "aneurysm").historical()).isFalse();
    assertThat(assess("New lung nodule.", "nodule").historical()).isFalse();
    assertThat(assess("The known aortic dissection has extended.", "aortic dissection").historical())
        .isFalse();
    assertThat(assess("Acute on chronic subdural haematoma.", "subdural haematoma").historical())
        .isFalse();
    assertThat(assess("Previously treated lymphoma with new lymphadenopathy.", "lymphadenopathy")
        .historical()).isFalse();
    assertThat(assess("Previously treated lymphoma with new lymphadenopathy.", "lymphoma")
        .historical()).isTrue();
  }

  @Test
  void ifAndToExcludeAreHypothetical() {
    assertThat(assess("If there is clinical concern for pulmonary embolism, CTPA is advised.",
        "pulmonary embolism").hypothetical()).isTrue();
    assertThat(assess("CT to exclude aortic dissection.", "aortic dissection").hypothetical()).isTrue();
    assertThat(assess("Should a pneumothorax develop, repeat the film.", "pneumothorax")
        .hypothetical()).isTrue();
  }

  @Test
  void familyHistoryIsAboutSomeoneElse() {
    assertThat(assess("Family history of aortic dissection.", "aortic dissection").experiencer())
        .isEqualTo("other");
    assertThat(assess("Mother had breast cancer.", "breast cancer").experiencer()).isEqualTo("other");
    assertThat(assess("Breast cancer.", "breast cancer").experiencer()).isEqualTo("patient");
  }

  @Test
  void modifiersCarryTheTriggerAndItsOffsets() {
    String s = "There is no evidence of pneumothorax.";
    Assertion a = assess(s, "pneumothorax");
    assertThat(a.modifiers()).hasSize(1);
    var m = a.modifiers().get(0);
    assertThat(m.kind()).isEqualTo("negated");
    assertThat(s.substring(m.start(), m.end())).isEqualTo(m.trigger());
    assertThat(m.trigger()).isEqualToIgnoringCase("There is no");
  }

  @Test
  void aNewUncertainClauseAfterACommaEndsTheNegation() {
    assertThat(assess("No consolidation, possible small pneumothorax.", "pneumothorax").negated())
        .isFalse();
  }

  @Test
  void noNewOrEnlargingNodulesIsNegated() {
    assertThat(assess("No new or enlarging nodules.", "nodules").negated()).isTrue();
  }

  @Test
  void aQuestionInTheClinicalDetailsIsHypotheticalNotUncertain() {
    Assertion pe = assess("Clinical details: ?PE, pleuritic chest pain, D-dimer raised.", "PE");
    assertThat(pe.hypothetical()).isTrue();
    assertThat(pe.uncertain()).isFalse();
    Assertion sah = assess("INDICATION: Thunderclap headache, ?SAH.", "SAH");
    assertThat(sah.hypothetical()).isTrue();
    assertThat(sah.uncertain()).isFalse();
  }

  @Test
  void aQuestionMarkInTheFindingsStaysUncertain() {
    Assertion a = assess("FINDINGS: Subtle lucency in the femoral neck, ?fracture.", "fracture");
    assertThat(a.uncertain()).isTrue();
    assertThat(a.hypothetical()).isFalse();
    assertThat(assess("Subtle lucency, ?fracture.", "fracture").uncertain()).isTrue();
  }

  @Test
  void familyHistoryInTheClinicalDetailsIsSomeoneElsesNotAQuestion() {
    Assertion a = assess("Clinical history: Family history of aortic dissection.", "aortic dissection");
    assertThat(a.experiencer()).isEqualTo("other");
    assertThat(a.hypothetical()).isFalse();
  }

  @Test
  void theAgeOfAChildIsNotHistory() {
    Assertion a = assess("INDICATION: Bruising on a 7 month old, skeletal survey for ?NAI.", "NAI");
    assertThat(a.historical()).isFalse();
    assertThat(a.hypothetical()).isTrue();
  }

  @Test
  void unlikelyIsAProbableNegationNegatedAndHedged() {
    Assertion a = assess("Modic type 1 changes at L4/5; discitis is thought unlikely.", "discitis");
    assertThat(a.negated()).isTrue();
    assertThat(a.uncertain()).isTrue();
    assertThat(assess("Appearances are unlikely to represent malignancy.", "malignancy").negated())
        .isTrue();
  }

  @Test
  void aResolvedFindingIsNegated() {
    assertThat(assess("The previous right middle lobe pneumonia has completely cleared.", "pneumonia")
        .negated()).isTrue();
    assertThat(assess("The previous left lower lobe collapse has re-expanded.", "collapse")
        .negated()).isTrue();
    assertThat(assess("Post-reduction film: the previous shoulder dislocation has been reduced.",
        "dislocation").negated()).isTrue();
    assertThat(assess("The appendix is not inflamed.", "appendix").negated()).isTrue();
  }

  @Test
  void aLabelledNoneNegatesTheFinding() {
    assertThat(assess("Pneumothorax: none.", "Pneumothorax").negated()).isTrue();
    assertThat(assess("CT head: negative for haemorrhage.", "haemorrhage").negated()).isTrue();
  }

  @Test
  void aSuggestionInsideANegationIsDeniedNotUncertain() {
    Assertion a = assess("The pancreas appears normal with no peripancreatic inflammation to "
        + "suggest pancreatitis.", "pancreatitis");
    assertThat(a.negated()).isTrue();
    assertThat(a.uncertain()).isFalse();
    Assertion nai = assess("Skeletal survey complete: no fractures or other features to suggest "
        + "non-accidental injury.", "non-accidental injury");
    assertThat(nai.negated()).isTrue();
    assertThat(nai.uncertain()).isFalse();
  }

  @Test
  void anIndeterminateLesionIsPresentNotUncertain() {
    assertThat(assess("Indeterminate 2.1 cm enhancing renal lesion in the left lower pole.",
        "renal lesion").uncertain()).isFalse();
  }

  @Test
  void aDifferentialOrSomethingToConsiderIsUncertain() {
    assertThat(assess("Bulky mediastinal lymphadenopathy; lymphoma is the leading differential.",
        "lymphoma").uncertain()).isTrue();
    assertThat(assess("Splenomegaly with small splenic lesions; lymphoma should be considered.",
        "lymphoma").uncertain()).isTrue();
    assertThat(assess("Borderline right hilar lymphadenopathy, possibly reactive.",
        "lymphadenopathy").uncertain()).isTrue();
    assertThat(assess("Extraluminal gas adjacent to the caecum is suspicious for perforation.",
        "perforation").uncertain()).isTrue();
  }

  @Test
  void aPreviousAcuteEpisodeIsHistory() {
    assertThat(assess("Previous acute cholecystitis in 2022; the gallbladder is now contracted.",
        "cholecystitis").historical()).isTrue();
  }

  @Test
  void aPostOperativeCollectionIsCurrentNotHistory() {
    assertThat(assess("Post-operative pelvic collection, in keeping with an abscess.", "abscess")
        .historical()).isFalse();
    assertThat(assess("Small postoperative pneumothorax following the lobectomy.", "pneumothorax")
        .historical()).isFalse();
    assertThat(assess("Pneumothorax prior to drain insertion has enlarged.", "Pneumothorax")
        .historical()).isFalse();
  }

  @Test
  void aGapPhraseAcrossANegationDoesNotAffirm() {
    assertThat(assess("Free fluid but no free gas.", "free gas").negated()).isTrue();
  }

  @Test
  void aConclusionAfterACommaIsNotInTheNegationsScope() {
    assertThat(assess("Abrupt occlusion of the left popliteal artery with no distal run-off, "
        + "consistent with acute limb ischaemia.", "acute limb ischaemia").negated()).isFalse();
    assertThat(assess("No features consistent with acute limb ischaemia.",
        "acute limb ischaemia").negated()).isTrue();
  }

  @Test
  void aKnownFindingThatIsGettingBetterIsHistory() {
    assertThat(assess("The right pneumothorax is smaller, now 1 cm at the apex.", "pneumothorax")
        .historical()).isTrue();
    assertThat(assess("Reducing left pneumothorax.", "pneumothorax").historical()).isTrue();
    assertThat(assess("The left pneumothorax has increased in size.", "pneumothorax")
        .historical()).isFalse();
  }

  @Test
  void aResolvedFindingWasThereAndIsGone() {
    Assertion a = assess("Interval resolution of the right pleural effusion.", "pleural effusion");
    assertThat(a.negated()).isTrue();
    assertThat(a.historical()).isTrue();
    Assertion cleared = assess("The right middle lobe pneumonia has completely cleared.",
        "pneumonia");
    assertThat(cleared.negated()).isTrue();
    assertThat(cleared.historical()).isTrue();
  }
}
