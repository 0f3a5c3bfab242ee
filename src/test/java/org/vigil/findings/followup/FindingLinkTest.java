package org.vigil.findings.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.findings.followup.Reports.report;

import org.junit.jupiter.api.Test;
import org.vigil.findings.FollowUp;

class FindingLinkTest {

  @Test
  void linksAFollowUpToTheNoduleInTheSameSentence() {
    FollowUp followUp =
        report()
            .impression("No pleural effusion; the 7 mm nodule warrants CT chest in 6 months.")
            .withNegated("pleural_effusion", "pleural effusion")
            .with("lung_nodule", "nodule", 7)
            .fromReport()
            .get(0);

    assertThat(followUp.finding()).isEqualTo("lung_nodule");
  }

  @Test
  void linksAFollowUpToTheFindingInThePreviousSentence() {
    FollowUp followUp =
        report()
            .impression("Indeterminate 15 mm left adrenal nodule.")
            .with("adrenal_lesion", "nodule", 15)
            .impression("Recommend dedicated CT in 3 months.")
            .fromReport()
            .get(0);

    assertThat(followUp.finding()).isEqualTo("adrenal_lesion");
  }

  @Test
  void linksAFollowUpToTheFindingWhoseGuidelineMatchesItsRegion() {
    FollowUp followUp =
        report()
            .findings("A 12 mm solid nodule in the right upper lobe.")
            .with("lung_nodule", "nodule", 12)
            .findings("A 20 mm left adrenal nodule.")
            .with("adrenal_lesion", "nodule", 20)
            .findings("The liver, spleen and kidneys are normal.")
            .impression("Recommend CT chest in 3 months.")
            .fromReport()
            .get(0);

    assertThat(followUp.finding()).isEqualTo("lung_nodule");
  }

  @Test
  void linksEachFollowUpInASentenceToTheFindingOfItsRegion() {
    FollowUp followUp =
        report()
            .impression(
                "A 20 mm adrenal nodule and a 7 mm lung nodule: recommend adrenal protocol CT.")
            .with("adrenal_lesion", "adrenal nodule", 20)
            .with("lung_nodule", "lung nodule", 7)
            .fromReport()
            .get(0);

    assertThat(followUp.finding()).isEqualTo("adrenal_lesion");
  }

  @Test
  void linksNoFindingWhenNoneIsNearOrMatches() {
    FollowUp followUp =
        report()
            .findings("A 12 mm solid nodule in the right upper lobe.")
            .with("lung_nodule", "nodule", 12)
            .findings("The liver is normal.")
            .impression("Recommend MRI of the lumbar spine.")
            .fromReport()
            .get(0);

    assertThat(followUp.finding()).isNull();
  }

  @Test
  void derivesAGuidelineFollowUpOnlyForTheFindingTheReportLeftWithoutAnInterval() {
    var followUps =
        report()
            .findings("A 12 mm solid nodule in the right upper lobe.")
            .with("lung_nodule", "nodule", 12)
            .impression("Recommend CT chest in 3 months.")
            .findings("A 20 mm left adrenal nodule.")
            .with("adrenal_lesion", "nodule", 20)
            .fromGuidelines();

    assertThat(followUps)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.finding()).isEqualTo("adrenal_lesion");
              assertThat(f.guideline()).isEqualTo("adrenal_incidentaloma");
              assertThat(f.sentence()).isEqualTo(2);
            });
  }

  @Test
  void doesNotLinkAChestCtToAnAdrenalNoduleInThePreviousSentence() {
    var followUps =
        report()
            .findings("There is a 10 mm solid nodule in the right upper lobe.")
            .with("lung_nodule", "nodule", 10)
            .findings("A 20 mm left adrenal nodule.")
            .with("adrenal_lesion", "nodule", 20)
            .impression("Recommend CT chest in 12 months.")
            .followUps();

    assertThat(followUps)
        .filteredOn(f -> f.source() == FollowUp.Source.REPORT)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.finding()).isEqualTo("lung_nodule");
              assertThat(f.disagreement()).contains("later than");
            });
    assertThat(followUps)
        .filteredOn(f -> f.source() == FollowUp.Source.GUIDELINE)
        .extracting(FollowUp::finding)
        .containsExactly("adrenal_lesion");
  }
}
