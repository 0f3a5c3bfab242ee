package org.vigil.findings.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.findings.followup.Reports.report;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.findings.FollowUp;

class FleischnerGuidelineTest {

  private static List<FollowUp> solidNodule(double mm) {
    return report()
        .findings("There is a solid nodule in the right upper lobe.")
        .with("lung_nodule", "nodule", mm)
        .fromGuidelines();
  }

  @Test
  void derivesNoFollowUpForASingleSolidNoduleJustUnderSixMillimetres() {
    assertThat(solidNodule(5.9)).isEmpty();
  }

  @ParameterizedTest(name = "{0} mm solid nodule: CT chest at 6-12 months")
  @CsvSource({"6.0", "7.0", "8.0"})
  void derivesCtAtSixToTwelveMonthsForASolidNoduleOfSixToEightMillimetres(double mm) {
    FollowUp followUp = solidNodule(mm).get(0);

    assertThat(followUp.procedure()).isEqualTo("CT chest");
    assertThat(followUp.modality()).isEqualTo("CT");
    assertThat(followUp.region()).isEqualTo("chest");
    assertThat(followUp.minDays()).isEqualTo(180);
    assertThat(followUp.maxDays()).isEqualTo(365);
    assertThat(followUp.guideline()).isEqualTo("fleischner_2017_solid");
    assertThat(followUp.finding()).isEqualTo("lung_nodule");
    assertThat(followUp.source()).isEqualTo(FollowUp.Source.GUIDELINE);
    assertThat(followUp.text()).contains("Fleischner 2017 Table 1");
  }

  @ParameterizedTest(name = "{0} mm solid nodule: CT chest at 3 months")
  @CsvSource({"8.1", "12.0", "25.0"})
  void derivesCtAtThreeMonthsForASolidNoduleOverEightMillimetres(double mm) {
    FollowUp followUp = solidNodule(mm).get(0);

    assertThat(followUp.minDays()).isEqualTo(90);
    assertThat(followUp.maxDays()).isEqualTo(90);
    assertThat(followUp.text()).contains("PET-CT or tissue sampling");
  }

  @Test
  void derivesCtAtThreeToSixMonthsForMultipleSolidNodulesFromSixMillimetres() {
    FollowUp followUp =
        report()
            .findings("Multiple solid nodules, the largest 7 mm in the left lower lobe.")
            .with("lung_nodule", "nodules", 7)
            .fromGuidelines()
            .get(0);

    assertThat(followUp.minDays()).isEqualTo(90);
    assertThat(followUp.maxDays()).isEqualTo(180);
  }

  @Test
  void derivesNoFollowUpForMultipleSolidNodulesUnderSixMillimetres() {
    assertThat(
            report()
                .findings("Several nodules up to 4 mm in both lungs.")
                .with("lung_nodule", "nodules", 4)
                .fromGuidelines())
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          A 7 mm ground glass nodule in the right upper lobe.    | 7   | 180 | 365
          A 5 mm ground-glass nodule in the right upper lobe.    | 5   | -1  | -1
          A 9 mm part solid nodule in the left upper lobe.       | 9   | 90  | 180
          A 5.9 mm part-solid nodule in the left upper lobe.     | 5.9 | -1  | -1
          A 6 mm subsolid nodule in the left upper lobe.         | 6   | 90  | 180
          Multiple ground glass nodules, the largest 4 mm.       | 4   | 90  | 180
          Multiple ground glass nodules, the largest 8 mm.       | 8   | 90  | 180
          """)
  void followsFleischnerForSubsolidNodules(String sentence, double mm, int min, int max) {
    List<FollowUp> followUps =
        report().findings(sentence).with("lung_nodule", "nodule", mm).fromGuidelines();

    if (min < 0) {
      assertThat(followUps).isEmpty();
    } else {
      assertThat(followUps)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.guideline()).isEqualTo("fleischner_2017_subsolid");
                assertThat(f.minDays()).isEqualTo(min);
                assertThat(f.maxDays()).isEqualTo(max);
              });
    }
  }

  @Test
  void derivesNoFollowUpForANegatedNodule() {
    assertThat(
            report()
                .findings("No suspicious 10 mm nodule is seen.")
                .withNegated("lung_nodule", "nodule", 10)
                .followUps())
        .isEmpty();
  }

  @Test
  void derivesNoFollowUpForANoduleInTheFamilyHistory() {
    assertThat(
            report()
                .findings("Her mother had a lung nodule.")
                .withFamilyHistoryOf("lung_nodule", "nodule")
                .followUps())
        .isEmpty();
  }

  @Test
  void derivesNoFollowUpForACalcifiedGranuloma() {
    assertThat(
            report()
                .findings("A 9 mm densely calcified nodule, a calcified granuloma.")
                .with("lung_nodule", "nodule", 9)
                .fromGuidelines())
        .isEmpty();
  }

  @Test
  void derivesNoFollowUpForASolidNoduleStableForTwoYears() {
    assertThat(
            report()
                .findings("The 7 mm solid nodule is stable for 2 years.")
                .with("lung_nodule", "nodule", 7)
                .fromGuidelines())
        .isEmpty();
  }

  @Test
  void derivesNoFollowUpWhenTheNoduleHasNoSize() {
    assertThat(
            report()
                .findings("A small nodule in the right upper lobe.")
                .with("lung_nodule", "nodule")
                .fromGuidelines())
        .isEmpty();
  }

  @Test
  void usesTheLargestMentionOfTheNodule() {
    FollowUp followUp =
        report()
            .findings("A 5 mm nodule in the right lower lobe.")
            .with("lung_nodule", "nodule", 5)
            .impression("10 mm nodule in the right upper lobe.")
            .with("lung_nodule", "nodule", 10)
            .fromGuidelines()
            .get(0);

    assertThat(followUp.maxDays()).isEqualTo(90);
    assertThat(followUp.sentence()).isEqualTo(1);
  }

  @Test
  void derivesNoGuidelineFollowUpWhenTheReportGivesAnAgreeingInterval() {
    List<FollowUp> followUps =
        report()
            .findings("A 7 mm solid nodule in the right upper lobe.")
            .with("lung_nodule", "nodule", 7)
            .impression("Recommend CT chest in 12 months.")
            .followUps();

    assertThat(followUps)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.source()).isEqualTo(FollowUp.Source.REPORT);
              assertThat(f.finding()).isEqualTo("lung_nodule");
              assertThat(f.disagreement()).isNull();
            });
  }

  @Test
  void notesWhenTheReportAdvisesALaterCtThanFleischnerForATenMillimetreNodule() {
    List<FollowUp> followUps =
        report()
            .findings("A 10 mm solid nodule in the right upper lobe.")
            .with("lung_nodule", "nodule", 10)
            .impression("Recommend CT chest in 12 months.")
            .followUps();

    assertThat(followUps)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.source()).isEqualTo(FollowUp.Source.REPORT);
              assertThat(f.maxDays()).isEqualTo(365);
              assertThat(f.disagreement())
                  .contains("later than")
                  .contains("fleischner_2017_solid")
                  .contains("at 3 months");
            });
  }

  @Test
  void derivesTheGuidelineIntervalWhenTheReportRecommendsFollowUpWithoutOne() {
    List<FollowUp> followUps =
        report()
            .findings("A 10 mm solid nodule in the right upper lobe.")
            .with("lung_nodule", "nodule", 10)
            .impression("Recommend follow-up CT chest.")
            .followUps();

    assertThat(followUps)
        .extracting(FollowUp::source, FollowUp::maxDays)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(FollowUp.Source.REPORT, null),
            org.assertj.core.groups.Tuple.tuple(FollowUp.Source.GUIDELINE, 90));
  }

  @Test
  void notesWhenTheReportDeclinesFollowUpThatFleischnerAdvises() {
    FollowUp followUp =
        report()
            .findings("A 10 mm solid nodule in the right upper lobe.")
            .with("lung_nodule", "nodule", 10)
            .impression("No follow-up is required.")
            .only();

    assertThat(followUp.source()).isEqualTo(FollowUp.Source.GUIDELINE);
    assertThat(followUp.disagreement()).contains("No follow-up is required");
  }

  @Test
  void notesWhenTheReportAdvisesFollowUpFleischnerDoesNotNeed() {
    FollowUp followUp =
        report()
            .findings("A 4 mm solid nodule in the right upper lobe.")
            .with("lung_nodule", "nodule", 4)
            .impression("Recommend CT chest in 12 months.")
            .only();

    assertThat(followUp.disagreement()).contains("no routine follow-up");
  }

  @Test
  void stillDerivesTheGuidelineFollowUpWhenTheReportAdviceIsConditional() {
    List<FollowUp> guideline =
        report()
            .findings("A 10 mm solid nodule in the right upper lobe.")
            .with("lung_nodule", "nodule", 10)
            .impression("CT chest in 3 months if clinically indicated.")
            .fromGuidelines();

    assertThat(guideline).singleElement().extracting(FollowUp::maxDays).isEqualTo(90);
  }
}
