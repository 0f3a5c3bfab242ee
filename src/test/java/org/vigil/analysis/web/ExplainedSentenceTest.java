package org.vigil.analysis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vigil.findings.FindingsEngine;
import org.vigil.findings.MentionExplanation;

/** The explained sentence is cut from offsets: every character once, markup left as text. */
class ExplainedSentenceTest {

  private static final FindingsEngine ENGINE = FindingsEngine.withDefaultKnowledgeBase();

  @Test
  void noPneumothoraxButAnEffusionIsCutIntoTriggerScopeAndMatchedWordsWithNothingLost() {
    String text = "Findings: <b>No</b> pneumothorax, but a small <script>x</script> pleural effusion.";
    MentionExplanation ptx = ENGINE.explain(text).stream()
        .filter(e -> e.finding().concept().equals("pneumothorax")).findFirst().orElseThrow();

    ExplainedSentence sentence = ExplainedSentence.of(text, ptx);

    String joined = sentence.pieces().stream().map(ExplainedSentence.Piece::text)
        .collect(Collectors.joining());
    assertThat(joined).isEqualTo(text.substring(ptx.sentenceStart(), ptx.sentenceEnd()));
    assertThat(joined).contains("<script>x</script>");
    assertThat(sentence.pieces()).anySatisfy(p -> {
      assertThat(p.text()).isEqualTo("pneumothorax");
      assertThat(p.css()).contains("ex-concept").contains("ex-scope-negated");
    });
    assertThat(sentence.pieces()).anySatisfy(p -> {
      assertThat(p.text()).isEqualTo("No");
      assertThat(p.css()).contains("ex-trigger ex-negated");
    });
    assertThat(sentence.pieces()).filteredOn(p -> p.text().contains("pleural effusion"))
        .allSatisfy(p -> assertThat(p.css()).doesNotContain("ex-scope"));
  }
}
