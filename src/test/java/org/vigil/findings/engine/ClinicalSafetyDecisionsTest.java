package org.vigil.findings.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.FindingsEngine;
import org.vigil.findings.ReportInput;

/**
 * Clinical safety decisions in the shipped knowledge base, each named in the hazard log. These
 * run on the real knowledge base, not the test one, so a change to the data that reverses a
 * decision fails here.
 */
class ClinicalSafetyDecisionsTest {

  private static final FindingsEngine ENGINE = FindingsEngine.withDefaultKnowledgeBase();

  private static AlertCategory category(String text) {
    return ENGINE.analyse(new ReportInput("r1", text, "XR", null)).category();
  }

  @Test
  void aNasogastricTubeInTheOesophagusIsAsCriticalAsOneInTheAirway() {
    // hazard H13: fed, a tube in the oesophagus causes aspiration; no URGENT downgrade
    assertThat(category("The NG tube is coiled in the oesophagus. Do not use."))
        .isEqualTo(AlertCategory.CRITICAL);
    assertThat(category("NG tube tip in the oesophagus, above the diaphragm."))
        .isEqualTo(AlertCategory.CRITICAL);
    assertThat(category("The NG tube is in the right main bronchus."))
        .isEqualTo(AlertCategory.CRITICAL);
    assertThat(category("NG tube tip in the stomach. Safe to use.")).isEqualTo(AlertCategory.NONE);
  }
}
