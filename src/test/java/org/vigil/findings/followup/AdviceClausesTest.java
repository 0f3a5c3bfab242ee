package org.vigil.findings.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vigil.findings.eval.CorpusReader;

/** The one-pass clause scan splits exactly where the clause-break pattern does. */
class AdviceClausesTest {

  private static final String[] PIECES = {
    ";", ".", ",", " ", "  ", "\t", "\n", "\r", ". ", ", ", " and ", " but ", "but", "and", "no",
    "not", "nothing", "no_", "not1", "nothingness", "a ", "an ", "the ", "referral", "refer",
    "referrals", "mdt", "clinical review", "discussion", "biopsy", "However", "however",
    "although", "whereas", "butter", "andy", "x", "CT", "é"
  };

  @Test
  void splitsARecommendationFromTheFollowUpItDeclines() {
    assertThat(AdviceClauses.of("CT in 3 months is advised, but no further imaging after that."))
        .containsExactly("CT in 3 months is advised", "no further imaging after that.");
  }

  @Test
  void splitsASecondActionJoinedByAnd() {
    assertThat(AdviceClauses.of("Repeat CT and referral to the MDT; thank you."))
        .containsExactly("Repeat CT", "referral to the MDT", "thank you.");
  }

  @Test
  void scansALongRunOfSpacesInTimeLinearInItsLength() {
    String text = "CT" + " ".repeat(1_000_000) + "and x";
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> assertThat(AdviceClauses.of(text)).containsExactly(text.strip()));
  }

  @Test
  void splitsLikeThePatternOnTheCorpus() {
    var corpus = CorpusReader.fromClasspath();
    Stream.concat(
            corpus.reports().stream().map(r -> r.text()),
            corpus.sentences().stream().map(s -> s.sentence()))
        .forEach(text -> assertThat(AdviceClauses.of(text)).isEqualTo(byPattern(text)));
  }

  @Test
  void splitsLikeThePatternOnRandomText() {
    Random random = new Random(42);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String s = text.toString();
      assertThat(AdviceClauses.of(s)).as("[%s]", s).isEqualTo(byPattern(s));
    }
  }

  private static List<String> byPattern(String text) {
    List<String> clauses = new ArrayList<>();
    for (String part : AdviceClauses.BREAK.split(text)) {
      if (!part.isBlank()) {
        clauses.add(part.trim());
      }
    }
    return clauses;
  }
}
