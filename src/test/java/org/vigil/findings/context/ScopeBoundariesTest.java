package org.vigil.findings.context;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.findings.Assertion;
import org.vigil.findings.FindingsEngine;

/**
 * Where a scope stops, word by word: the edges mutation testing found untested (PIT survivors in
 * SentenceContext's list window, clause verbs and clause starts).
 */
class ScopeBoundariesTest {

  private static final FindingsEngine ENGINE = FindingsEngine.withDefaultKnowledgeBase();

  private static Assertion pneumothorax(String sentence) {
    return ENGINE.assess(sentence, "pneumothorax");
  }

  @Test
  void aNegationReachesTheEighthWordOfAListItemButNotTheNinth() {
    assertThat(pneumothorax("No large right sided apical anterior basal loculated pneumothorax.")
        .negated()).isTrue();
    assertThat(pneumothorax("No large right sided apical anterior basal loculated thin"
        + " pneumothorax.").negated()).isFalse();
  }

  @Test
  void aListUnderOneNegationReachesItsTwentyFourthWordButNotItsTwentyFifth() {
    String items = "haze, blur, line, edge, mark, spot, band, fold, shadow, streak, cyst, bleb,"
        + " bulla, stripe, cleft, gap, notch, kink, bend, curve, step, ridge, dip, ";
    assertThat(pneumothorax("No " + items + "pneumothorax.").negated()).isTrue();
    assertThat(pneumothorax("No lump, " + items + "pneumothorax.").negated()).isFalse();
  }

  @Test
  void eachListItemHasItsOwnWindowAfterACommaOrAnOr() {
    assertThat(pneumothorax("No large right sided pleural effusion, small apical anterior"
        + " pneumothorax.").negated()).isTrue();
    assertThat(pneumothorax("No large right sided pleural effusion or small apical anterior"
        + " pneumothorax.").negated()).isTrue();
  }

  @Test
  void aClauseVerbEndsTheListSoARunOnSentenceDoesNotNegateItsLastFinding() {
    assertThat(ENGINE.assess("No effusion, the heart size is normal, the mediastinum is central,"
        + " right lower lobe consolidation.", "consolidation").negated()).isFalse();
  }

  @Test
  void aBackwardNegationStopsAtTheClauseVerbOfTheClauseBefore() {
    assertThat(pneumothorax("The pneumothorax is large, an effusion is not seen.").negated())
        .isFalse();
    assertThat(pneumothorax("Pneumothorax, effusion and consolidation are not seen.").negated())
        .isTrue();
  }

  @Test
  void aNegationInsideAHistoryScopeEndsIt() {
    Assertion a = ENGINE.assess("Stable cardiomegaly with no focal consolidation.", "consolidation");
    assertThat(a.negated()).isTrue();
    assertThat(a.historical()).isFalse();
    assertThat(ENGINE.assess("Stable small right pleural effusion.", "pleural effusion")
        .historical()).isTrue();
  }

  @Test
  void aTriggerOfAnotherKindAfterACommaStartsANewClause() {
    Assertion a = ENGINE.assess("No effusion, possible consolidation.", "consolidation");
    assertThat(a.uncertain()).isTrue();
    assertThat(a.negated()).isFalse();
  }
}
