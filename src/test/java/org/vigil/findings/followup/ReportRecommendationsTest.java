package org.vigil.findings.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.findings.followup.Reports.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.findings.FollowUp;
import org.vigil.findings.SectionKind;

class ReportRecommendationsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          Recommend follow-up CT chest in 3 months.                         | CT chest            | CT   | chest        | 90
          Further assessment with MRI liver is recommended.                 | MRI liver           | MR   | liver        | null
          Referral to the respiratory team is advised.                      | referral            | null | null         | null
          Suggest clinical review in 2 weeks.                               | clinical review     | null | null         | 14
          Repeat chest X-ray in 6 weeks to ensure resolution.               | chest X-ray         | XR   | chest        | 42
          Ultrasound is suggested.                                          | ultrasound          | US   | null         | null
          A CT of the abdomen and pelvis is recommended.                    | CT abdomen pelvis   | CT   | abdomen+pelvis | null
          Consider biopsy.                                                  | biopsy              | null | null         | null
          This should be discussed at the lung MDT.                         | MDT discussion      | null | null         | null
          Recall for further views.                                         | recall              | null | null         | null
          The patient would benefit from a PET-CT.                          | PET-CT              | NM   | null         | null
          Recommend pelvic ultrasound in 6 weeks.                           | ultrasound pelvis   | US   | pelvis       | 42
          Recommend MRI of the lumbar spine.                                | MRI spine           | MR   | spine        | null
          Follow-up CT in 3 months.                                         | CT                  | CT   | null         | 90
          Recommend mammography.                                            | mammogram           | MG   | breast       | null
          Barium swallow is advised.                                        | fluoroscopy         | FL   | null         | null
          """)
  void readsTheProcedureModalityRegionAndIntervalOfARecommendation(
      String sentence, String procedure, String modality, String region, Integer maxDays) {
    FollowUp followUp = report().impression(sentence).only();

    assertThat(followUp.source()).isEqualTo(FollowUp.Source.REPORT);
    assertThat(followUp.procedure()).isEqualTo(procedure);
    assertThat(followUp.modality()).isEqualTo(modality);
    assertThat(followUp.region()).isEqualTo(region);
    assertThat(followUp.maxDays()).isEqualTo(maxDays);
    assertThat(followUp.actionable()).isTrue();
    assertThat(followUp.text()).isEqualTo(sentence);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Repeat CT in 3 months if clinically indicated.",
        "Ultrasound if symptoms persist.",
        "MRI could be performed if there is concern.",
        "Should symptoms persist, a repeat chest X-ray is recommended.",
        "CT colonography is suggested unless colonoscopy is planned.",
        "CT as clinically indicated."
      })
  void marksAConditionalRecommendation(String sentence) {
    FollowUp followUp = report().impression(sentence).only();

    assertThat(followUp.conditional()).isTrue();
    assertThat(followUp.actionable()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Recommend CT chest in 3 months.",
        "CT chest is recommended, if not already performed.",
        "Suggest referral to the vascular surgeons."
      })
  void marksAnUnconditionalRecommendation(String sentence) {
    assertThat(report().impression(sentence).only().conditional()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Clinical correlation is recommended.",
        "Please correlate clinically.",
        "Suggest correlation with clinical findings.",
        "Correlate with symptoms.",
        "As clinically indicated."
      })
  void readsClinicalCorrelationAsNotActionable(String sentence) {
    FollowUp followUp = report().impression(sentence).only();

    assertThat(followUp.actionable()).isFalse();
    assertThat(followUp.procedure()).isEqualTo("clinical correlation");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "No follow-up is required.",
        "No further imaging needed.",
        "Follow-up imaging is not required.",
        "There is no need for further imaging.",
        "This does not require follow-up.",
        "No routine follow-up is recommended for this nodule.",
        "CT in 3 months was recommended previously.",
        "A repeat CT was suggested on the previous report and has been performed."
      })
  void readsNoRecommendationFromDeclinedOrPastAdvice(String sentence) {
    assertThat(report().impression(sentence).followUps()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Appearances suggest consolidation.",
        "Follow-up CT shows resolution of the consolidation.",
        "On repeat imaging the nodule is unchanged.",
        "The liver is normal.",
        "Please let us know if we can help."
      })
  void readsNoRecommendationFromFindingsAndComparisons(String sentence) {
    assertThat(report().findings(sentence).followUps()).isEmpty();
  }

  @Test
  void keepsARecommendationRepeatedAsAReminder() {
    FollowUp followUp =
        report().impression("As previously recommended, CT chest in 3 months.").only();

    assertThat(followUp.maxDays()).isEqualTo(90);
  }

  @Test
  void readsTheRecommendationButNotTheDeclinedFollowUpInOneSentence() {
    FollowUp followUp =
        report()
            .impression(
                "Recommend ultrasound of the liver in 6 months, no follow-up needed for the renal"
                    + " cyst.")
            .only();

    assertThat(followUp.procedure()).isEqualTo("ultrasound liver");
    assertThat(followUp.minDays()).isEqualTo(180);
  }

  @Test
  void ignoresAdviceQuotedInTheIndication() {
    assertThat(
            report()
                .sentence(SectionKind.INDICATION, "Follow-up CT in 3 months recommended.")
                .followUps())
        .isEmpty();
  }

  @Test
  void readsAFollowUpOnceWhenFindingsAndImpressionRepeatIt() {
    assertThat(
            report()
                .findings("Recommend CT chest in 3 months.")
                .impression("Recommend CT chest in 3 months.")
                .followUps())
        .hasSize(1);
  }

  @Test
  void readsAWeakCueInTheRecommendationSection() {
    FollowUp followUp = report().sentence(SectionKind.RECOMMENDATION, "Follow-up.").only();

    assertThat(followUp.procedure()).isEqualTo("follow-up imaging");
  }

  @Test
  void readsAnImagingFollowUpAndAReferralAdvisedTogether() {
    assertThat(
            report()
                .impression("Recommend CT chest in 3 months and referral to the respiratory team.")
                .followUps())
        .extracting(FollowUp::procedure, FollowUp::maxDays)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CT chest", 90),
            org.assertj.core.groups.Tuple.tuple("referral", null));
  }

  @Test
  void aStudyTitleNamingAFollowUpIsNotARecommendation() {
    assertThat(report().sentence(SectionKind.BODY, "CT CHEST (FOLLOW-UP)").followUps()).isEmpty();
    assertThat(report()
            .sentence(SectionKind.BODY, "RIGHT MAMMOGRAM (6 MONTH FOLLOW-UP)")
            .impression("Recommend a further mammogram in 6 months.")
            .only().text()).isEqualTo("Recommend a further mammogram in 6 months.");
  }

  @Test
  void aRoutineScreeningRecallIsNotAFollowUpToTrack() {
    assertThat(report().impression("Routine recall in 3 years.").followUps()).isEmpty();
  }

  @Test
  void anElliptedAdvisedReferralIsCurrentAdvice() {
    FollowUp f = report().impression("Referral to the lung cancer MDT advised.").only();
    assertThat(f.procedure()).isEqualTo("referral");
    assertThat(report().impression("The MDT advised biopsy in 2023.").followUps()).isEmpty();
  }

  @Test
  void anImmediateSpecialistReviewIsAFollowUpDueTheSameDay() {
    FollowUp f = report().impression("Immediate neurosurgical discussion.").only();
    assertThat(f.maxDays()).isZero();
    assertThat(report().impression("Urgent neurosurgical referral advised.").only().maxDays())
        .isEqualTo(1);
    assertThat(report().impression("Immediate surgical review.").followUps()).hasSize(1);
  }

  @Test
  void aDrainableCollectionIsAFollowUp() {
    assertThat(report().impression("Pelvic abscess, suitable for CT-guided drainage.").followUps())
        .hasSize(1);
    assertThat(report().impression("Pericolic abscess, amenable to percutaneous drainage.")
        .followUps()).hasSize(1);
  }

  @Test
  void usAsAPronounIsPassedOverForTheProcedureNamedAfterIt() {
    FollowUp f =
        report()
            .impression("Recommend you let us arrange an ultrasound of the pelvis in 6 weeks.")
            .only();
    assertThat(f.procedure()).isEqualTo("ultrasound pelvis");
    assertThat(f.maxDays()).isEqualTo(42);
  }
}
