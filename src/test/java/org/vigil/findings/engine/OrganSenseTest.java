package org.vigil.findings.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.Finding;
import org.vigil.findings.FindingsEngine;
import org.vigil.findings.ReportAnalysis;
import org.vigil.findings.ReportInput;

/** A concept's organ comes from the report around it; a guideline applies only to its organ. */
class OrganSenseTest {

  private static final FindingsEngine ENGINE = FindingsEngine.withDefaultKnowledgeBase();

  private static ReportAnalysis analyse(String modality, String text) {
    return ENGINE.analyse(new ReportInput("t", text, modality, null));
  }

  @Test
  void benignThyroidNodulesAreNotPulmonaryNodulesAndGetNoFleischnerCt() {
    ReportAnalysis a = analyse("US", "Clinical details: Neck swelling.\n"
        + "Findings: Both lobes are of normal size. Several small spongiform nodules (U2), the"
        + " largest 7 mm.\nConclusion: Benign U2 nodules. No further imaging needed.");
    assertThat(a.findings()).extracting(Finding::concept).doesNotContain("lung_nodule")
        .contains("thyroid_nodule");
    assertThat(a.followUps()).isEmpty();
    assertThat(a.category()).isEqualTo(AlertCategory.NONE);
  }

  @Test
  void aNoduleInAChestReportIsStillAPulmonaryNodule() {
    ReportAnalysis a = analyse("CT", "CT chest. Findings: 8 mm solid nodule in the right upper"
        + " lobe. Lungs otherwise clear.");
    assertThat(a.findings()).extracting(Finding::concept).contains("lung_nodule");
    assertThat(a.followUps()).anySatisfy(f -> assertThat(f.guideline()).startsWith("fleischner"));
  }

  @Test
  void aSmallHaemopericardiumIsUrgentNotCriticalTamponade() {
    ReportAnalysis a = analyse("CT", "Small haemopericardium. No features of tamponade.");
    assertThat(a.category()).isEqualTo(AlertCategory.URGENT);
    assertThat(analyse("CT", "Haemopericardium with cardiac tamponade.").category())
        .isEqualTo(AlertCategory.CRITICAL);
  }

  @Test
  void anUrgentReferralIsDueWithinADay() {
    ReportAnalysis a = analyse("MR", "Large left frontal mass with midline shift."
        + " Urgent neurosurgical referral advised.");
    assertThat(a.followUps()).anySatisfy(f -> assertThat(f.maxDays()).isEqualTo(1));
  }
}
