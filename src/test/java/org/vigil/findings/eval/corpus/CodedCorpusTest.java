package org.vigil.findings.eval.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.findings.FindingsEngine;

/** The coded-collection evaluation on reports written here, in the collection's format. */
class CodedCorpusTest {

  private static final FindingsEngine ENGINE = FindingsEngine.withDefaultKnowledgeBase();

  @Test
  void readsOnlyTheHeadingOfEachCode() {
    CodedReport r = CodedReports.parse("{\"uid\":\"7\",\"findings\":\"x\",\"mesh\":"
        + "\"Pneumothorax/apex/right/small;Pleural Effusion/left;Pneumothorax/base\"}", "t");
    assertThat(r.codes()).containsExactly("Pneumothorax", "Pleural Effusion");
  }

  @Test
  void splitsByUidTheSameWayEveryTimeAndHoldsOutAboutAThird() {
    long heldOut = java.util.stream.IntStream.range(0, 3000)
        .filter(i -> Split.of(Integer.toString(i)) == Split.HELD_OUT).count();
    assertThat(heldOut).isBetween(900L, 1100L);
    assertThat(Split.of("42")).isEqualTo(Split.of("42"));
  }

  @Test
  void everyMappedConceptIsInTheKnowledgeBase() {
    CodeMapping mapping = CodeMapping.loadDefault();
    var ids = org.vigil.findings.kb.KnowledgeBaseLoader.loadDefault().concepts().stream()
        .map(c -> c.id()).toList();
    mapping.codes().values().forEach(code -> {
      assertThat(ids).containsAll(code.concepts());
      assertThat(ids).containsAll(code.accepts());
    });
  }

  @Test
  void countsAnAlertOnAReportCodedNormalAsAFalseAlert() {
    CodedReport normal = report("1", "There is a right pneumothorax.", "normal");
    CodedReport quiet = report("2", "No pneumothorax or pleural effusion.", "normal");
    CodedReport coded = report("3", "Small right apical pneumothorax.", "Pneumothorax/apex/right");
    Map<Split, CodedScores> scores =
        CorpusEvaluation.evaluate(List.of(normal, quiet, coded), ENGINE, CodeMapping.loadDefault());
    int falseAlerts = scores.values().stream().mapToInt(CodedScores::falseAlerts).sum();
    int normals = scores.values().stream().mapToInt(CodedScores::normalReports).sum();
    int tp = scores.values().stream().mapToInt(s -> s.concepts().get("pneumothorax").tp()).sum();
    assertThat(falseAlerts).isEqualTo(1);
    assertThat(normals).isEqualTo(2);
    assertThat(tp).isEqualTo(1);
  }

  private static CodedReport report(String uid, String findings, String mesh) {
    return new CodedReport(uid, "", "", findings, "", CodedReports.headings(mesh));
  }
}
