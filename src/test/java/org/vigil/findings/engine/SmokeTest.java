package org.vigil.findings.engine;

import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void prints() {
    var e = TestEngines.engine();
    System.out.println(e.assess("No pleural effusion, consolidation or pulmonary embolism.", "pulmonary embolism"));
    System.out.println(e.assess("No pleural effusion.", "pleural effusion"));
    System.out.println(e.assess("There is no pneumothorax.", "pneumothorax"));
  }
}
