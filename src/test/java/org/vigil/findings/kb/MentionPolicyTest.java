package org.vigil.findings.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.FindingsEngine;
import org.vigil.findings.ReportInput;

/** The alert policy for hedged, historical and progressing mentions (mention-policy.yaml). */
class MentionPolicyTest {

  private static final FindingsEngine ENGINE = FindingsEngine.withDefaultKnowledgeBase();

  private static AlertCategory category(String text) {
    return ENGINE.analyse(new ReportInput("t", text, "CT", null)).category();
  }

  @Test
  void aPossibleAorticDissectionIsStillCritical() {
    assertThat(category("Possible aortic dissection.")).isEqualTo(AlertCategory.CRITICAL);
    assertThat(category("Aortic dissection cannot be excluded.")).isEqualTo(AlertCategory.CRITICAL);
  }

  @Test
  void knownMetastaticDiseaseThatIsStableIsNotANewCancerAlert() {
    assertThat(category("Known metastatic disease, stable.")).isEqualTo(AlertCategory.NONE);
  }

  @Test
  void resolvingPneumoniaIsNotSignificant() {
    assertThat(category("Cavitating pneumonia in the right upper lobe."))
        .isEqualTo(AlertCategory.SIGNIFICANT);
    assertThat(category("Resolving cavitating pneumonia in the right upper lobe."))
        .isEqualTo(AlertCategory.NONE);
  }

  @Test
  void progressionOfAKnownCancerIsSignificantNotANewCancerAlert() {
    assertThat(category("Known liver metastases, enlarging.")).isEqualTo(AlertCategory.SIGNIFICANT);
    assertThat(category("Liver metastases.")).isEqualTo(AlertCategory.CANCER);
  }

  @Test
  void recurrenceOrNewDiseaseBesideAKnownCancerIsACancerAlert() {
    assertThat(category("Known lymphoma, now recurrent.")).isEqualTo(AlertCategory.CANCER);
    assertThat(category("Previously treated lung cancer; new liver metastases."))
        .isEqualTo(AlertCategory.CANCER);
  }

  @Test
  void aPolicyThatLowersAnUncertainCriticalFindingIsRefused() {
    assertThatThrownBy(() -> parse("CRITICAL: {uncertain: URGENT, historical: CONCEPT,"
        + " progression_of_known: KEEP}")).hasMessageContaining("must keep");
  }

  @Test
  void aPolicyThatRaisesACategoryIsRefused() {
    assertThatThrownBy(() -> parse("CRITICAL: {uncertain: KEEP, historical: CONCEPT,"
        + " progression_of_known: KEEP}\n  SIGNIFICANT: {uncertain: KEEP, historical: CONCEPT,"
        + " progression_of_known: CANCER}")).hasMessageContaining("raises");
  }

  private static MentionPolicy parse(String rows) throws Exception {
    String yaml = "version: \"t\"\nstill_new: [new]\ncategories:\n  " + rows + "\n"
        + "  URGENT: {uncertain: KEEP, historical: CONCEPT, progression_of_known: KEEP}\n"
        + "  CANCER: {uncertain: KEEP, historical: CONCEPT, progression_of_known: KEEP}\n";
    if (!rows.contains("SIGNIFICANT")) {
      yaml += "  SIGNIFICANT: {uncertain: KEEP, historical: CONCEPT, progression_of_known: KEEP}\n";
    }
    return MentionPolicy.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }
}
