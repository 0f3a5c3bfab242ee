package org.vigil.findings.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.findings.eval.CorpusReader;

/**
 * A cue's anchors only let its pattern skip text it cannot match: every alternative of the advice
 * patterns is written out below and must pass its anchors. A new alternative without an anchor
 * would be missed silently, so add it here with the pattern.
 */
class CueTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "we recommend ct", "ct is recommended", "advise", "advised", "would be advisable",
        "would benefit from", "consider mri", "should be considered", "could be considered",
        "may be considered", "might be considered", "for consideration", "referral", "referal",
        "refer to urology", "should be referred", "recall", "recalled", "correlate", "correlation",
        "should be discussed", "to be discussed", "discussion at the local lung mdt",
        "discuss in the weekly multidisciplinary meeting", "discussion at meeting",
        "mdt discussion", "mdt meeting", "mdt review", "to be followed up",
        "should be followed up", "need to be followed up", "needs to be followed up",
        "must be followed up", "clinical review", "please arrange", "as clinically indicated",
        "if clinically appropriate", "where clinically indicated", "could be performed",
        "may be obtained", "might be arranged", "can be helpful", "could be useful",
        "may be of value", "would be helpful", "would be useful", "would be of value", "warrant",
        "warrants", "warranted", "is indicated", "are indicated", "should have",
        "should undergo", "should be performed", "should be arranged", "should be obtained",
        "should be repeated", "immediate review", "urgent surgical review",
        "emergency discussion", "same-day opinion", "same day assessment",
        "prompt consultation", "early surgical team input", "suitable for ct-guided drainage",
        "amenable to percutaneous aspiration", "suitable for biopsy",
        "amenable to embolisation", "suitable for embolization", "amenable to stenting",
        "suitable for radiofrequency ablation"
      })
  void everyStrongAdviceAlternativePassesItsAnchors(String phrase) {
    assertThat(Advice.STRONG.pattern().matcher(phrase).find()).isTrue();
    assertThat(Advice.STRONG.in(phrase)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "suggest", "suggested", "follow-up", "follow up", "followup", "repeat",
        "further assessment", "further evaluation", "further imaging", "further investigation",
        "further characterisation", "further characterization", "further views", "re-image",
        "reimage", "re-imaging", "reimaging", "rescan", "re-scan", "surveillance"
      })
  void everyWeakAdviceAlternativePassesItsAnchors(String phrase) {
    assertThat(Advice.WEAK.pattern().matcher(phrase).find()).isTrue();
    assertThat(Advice.WEAK.in(phrase)).isTrue();
  }

  @Test
  void anchorsNeverChangeTheAnswerOnTheCorpus() {
    var corpus = CorpusReader.fromClasspath();
    Stream.concat(
            corpus.reports().stream().map(r -> r.text()),
            corpus.sentences().stream().map(s -> s.sentence()))
        .map(text -> text.toLowerCase(Locale.ROOT))
        .forEach(
            lower -> {
              for (Cue cue : new Cue[] {Advice.STRONG, Advice.WEAK}) {
                assertThat(cue.in(lower))
                    .as(lower)
                    .isEqualTo(cue.pattern().matcher(lower).find());
              }
            });
  }

  @Test
  void aTextWithoutAnchorsIsNotSearched() {
    assertThat(Advice.STRONG.in("the lungs are clear.")).isFalse();
    assertThat(Advice.WEAK.in("the lungs are clear.")).isFalse();
  }
}
