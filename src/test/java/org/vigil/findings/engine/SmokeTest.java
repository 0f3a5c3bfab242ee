package org.vigil.findings.engine;

import org.junit.jupiter.api.Test;
import org.vigil.findings.ReportInput;

class SmokeTest {
  @Test
  void prints() {
    long t0 = System.nanoTime();
    var kb = TestEngines.testKnowledgeBase();
    long t1 = System.nanoTime();
    var e = TestEngines.engine();
    long t2 = System.nanoTime();
    e.analyse(new ReportInput("1", "No pneumothorax.", null, null));
    long t3 = System.nanoTime();
    for (int i = 0; i < 2000; i++) e.analyse(new ReportInput("1", "FINDINGS: No pneumothorax. Large 5.6 cm AAA. Possible PE.\nIMPRESSION: Nodule 12 mm.", null, null));
    long t4 = System.nanoTime();
    System.out.printf("kb %d ms, engine %d ms, first %d ms, 2000 %d ms%n", (t1-t0)/1000000, (t2-t1)/1000000, (t3-t2)/1000000, (t4-t3)/1000000);
  }
}
