package org.vigil.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any report text: the findings engine analyses it without an exception or a hang, and whatever
 * it finds points into the text. Inputs start from real report sentences in the inputs folder.
 */
class FindingsEngineFuzzTest {

  private static final FindingsEngine ENGINE = FindingsEngine.withDefaultKnowledgeBase();

  @FuzzTest(maxDuration = "5m")
  void analysesAnyReportText(FuzzedDataProvider data) {
    String flag = data.consumeBoolean() ? "A" : null;
    String text = data.consumeRemainingAsString();
    ReportAnalysis analysis = ENGINE.analyse(new ReportInput("fuzz", text, "CT", flag));
    assertThat(analysis.category()).isNotNull();
  }
}
