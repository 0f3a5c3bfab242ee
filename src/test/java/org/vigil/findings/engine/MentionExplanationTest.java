package org.vigil.findings.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.FindingsEngine;
import org.vigil.findings.MentionExplanation;
import org.vigil.findings.ReportInput;
import org.vigil.findings.ScopeStop;
import org.vigil.findings.ScopeTrace;

/** What the findings page shows about why a mention was read as it was. */
class MentionExplanationTest {

  private static final FindingsEngine ENGINE = FindingsEngine.withDefaultKnowledgeBase();

  private static MentionExplanation of(String text, String concept) {
    List<MentionExplanation> all = ENGINE.explain(text);
    return all.stream().filter(e -> e.finding().concept().equals(concept)).findFirst()
        .orElseThrow(() -> new AssertionError(concept + " not found in " + all));
  }

  private static String words(String text, int start, int end) {
    return text.substring(start, end);
  }

  @Test
  void noPneumothoraxButASmallEffusionTheNegationScopeStopsAtBut() {
    String text = "No pneumothorax, but a small pleural effusion.";
    MentionExplanation pneumothorax = of(text, "pneumothorax");
    MentionExplanation effusion = of(text, "pleural_effusion");

    ScopeTrace no = pneumothorax.applied().get(0);
    assertThat(no.kind()).isEqualTo("negated");
    assertThat(words(text, no.triggerStart(), no.triggerEnd())).isEqualTo("No");
    assertThat(words(text, no.scopeStart(), no.scopeEnd())).isEqualTo("No pneumothorax,");
    assertThat(no.forwardStop()).isEqualTo(ScopeStop.TERMINATOR);
    assertThat(no.forwardStopWord()).isEqualTo("but");

    assertThat(effusion.finding().negated()).isFalse();
    assertThat(effusion.applied()).isEmpty();
    assertThat(effusion.notReaching()).singleElement().satisfies(t -> {
      assertThat(t.phrase()).isEqualTo("no");
      assertThat(t.stopFacing(effusion.finding().start()))
          .isEqualTo("scope ended at 'but' (a terminator word)");
    });
  }

  @Test
  void aNegationOverALongListReachesTheLastItemAndStopsAtTheFullStop() {
    String text = "No pneumothorax, consolidation, collapse or pleural effusion.";
    MentionExplanation effusion = of(text, "pleural_effusion");
    assertThat(effusion.finding().negated()).isTrue();
    ScopeTrace no = effusion.applied().get(0);
    assertThat(no.forwardStop()).isEqualTo(ScopeStop.PUNCTUATION);
    assertThat(no.forwardStopWord()).isEqualTo(".");
    assertThat(no.scopeEnd()).isEqualTo(text.length() - 1);
  }

  @Test
  void aNegationInASentenceWithoutAFullStopRunsToTheSentenceEnd() {
    String text = "No pneumothorax";
    ScopeTrace no = of(text, "pneumothorax").applied().get(0);
    assertThat(no.forwardStop()).isEqualTo(ScopeStop.SENTENCE_END);
    assertThat(no.forwardStopWord()).isNull();
    assertThat(no.stopFacing(3)).isEqualTo("scope ended (the sentence ended)");
  }

  @Test
  void theEffusionIsLargeThePneumothoraxIsNotSeenTheBackwardScopeStopsAtTheClauseVerb() {
    String text = "The effusion is large and the pneumothorax is not seen.";
    MentionExplanation effusion = of(text, "pleural_effusion");
    MentionExplanation pneumothorax = of(text, "pneumothorax");
    assertThat(pneumothorax.applied()).extracting(ScopeTrace::phrase).contains("is not seen");
    ScopeTrace notSeen = pneumothorax.applied().get(0);
    assertThat(notSeen.backwardStop()).isEqualTo(ScopeStop.CLAUSE_VERB);
    assertThat(notSeen.backwardStopWord()).isEqualTo("is");
    assertThat(effusion.finding().negated()).isFalse();
    assertThat(effusion.notReaching()).extracting(ScopeTrace::phrase).contains("is not seen");
  }

  @Test
  void aNegationBeyondItsWindowSaysTheWindowStoppedIt() {
    String text = "No large right sided apical anterior basal loculated thin pneumothorax.";
    MentionExplanation pneumothorax = of(text, "pneumothorax");
    assertThat(pneumothorax.finding().negated()).isFalse();
    ScopeTrace no = pneumothorax.notReaching().get(0);
    assertThat(no.forwardStop()).isEqualTo(ScopeStop.WINDOW);
    assertThat(no.stopFacing(pneumothorax.finding().start()))
        .isEqualTo("scope ended at 'pneumothorax' (the window limit of 8 words)");
  }

  @Test
  void aPossibleAorticDissectionKeepsItsCriticalCategoryByTheUncertainRowOfThePolicy() {
    MentionExplanation dissection = of("Possible aortic dissection.", "aortic_dissection");
    assertThat(dissection.finding().category()).isEqualTo(AlertCategory.CRITICAL);
    assertThat(dissection.ruledCategory()).isEqualTo(AlertCategory.CRITICAL);
    assertThat(dissection.applied()).extracting(ScopeTrace::kind).containsExactly("uncertain");
    assertThat(dissection.policySteps()).anySatisfy(step -> assertThat(step)
        .contains("mention-policy.yaml CRITICAL.uncertain = KEEP").endsWith("CRITICAL"));
  }

  @Test
  void aQuestionInTheClinicalDetailsIsExplainedByItsHeadingAndEarnsNothing() {
    String text = "Clinical details: ?pneumothorax.\n\nFindings: The lungs are clear.";
    MentionExplanation question = of(text, "pneumothorax");
    assertThat(question.finding().category()).isEqualTo(AlertCategory.NONE);
    assertThat(question.sectionEffect())
        .isEqualTo("the indication heading made the mention hypothetical");
    assertThat(question.policySteps()).last().asString().contains("earns NONE");
    assertThat(question.describe(text)).anySatisfy(line -> assertThat(line)
        .startsWith("uncertain: trigger '?'")
        .endsWith("in the clinical details it asks a question, so it reads as hypothetical"));
  }

  @Test
  void theExplanationReadsTheSameFindingsAsTheAnalysis() {
    String text = "History: previous right pneumothorax.\n\nFindings: No pneumothorax. Possible"
        + " left lower lobe consolidation, but no effusion.";
    var analysed = ENGINE.analyse(new ReportInput("r1", text, null, null)).findings();
    assertThat(ENGINE.explain(text)).extracting(MentionExplanation::finding)
        .containsExactlyElementsOf(analysed);
  }
}
