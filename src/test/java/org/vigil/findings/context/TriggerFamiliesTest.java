package org.vigil.findings.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.findings.Assertion;
import org.vigil.findings.FindingsEngine;

/**
 * Every trigger family (test resource trigger-families.tsv) with the finding affirmed and then
 * under the trigger: the first sentence must read as plainly present, the second as the family
 * says. The real engine and rules.
 */
class TriggerFamiliesTest {

  private static final FindingsEngine ENGINE = FindingsEngine.withDefaultKnowledgeBase();

  static Stream<Arguments> families() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        TriggerFamiliesTest.class.getResourceAsStream("/findings/trigger-families.tsv"),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\t");
          rows.add(Arguments.of(f[0], f[1], f[2], f[3], f[4]));
        }
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void theFindingIsAffirmedWithoutTheTriggerAndModifiedUnderIt(String family, String kind,
      String target, String affirmed, String modified) {
    assertThat(plain(ENGINE.assess(affirmed, target))).as("affirmed: " + affirmed).isTrue();
    Assertion a = ENGINE.assess(modified, target);
    switch (kind) {
      case "affirmed" -> assertThat(plain(a)).as(modified).isTrue();
      case "negated" -> assertThat(a.negated()).as(modified).isTrue();
      case "uncertain" -> assertThat(a.uncertain() && !a.negated()).as(modified).isTrue();
      case "historical" -> assertThat(a.historical() && !a.negated()).as(modified).isTrue();
      case "hypothetical" -> assertThat(a.hypothetical()).as(modified).isTrue();
      case "other" -> assertThat(a.experiencer()).as(modified).isEqualTo("other");
      default -> throw new IllegalArgumentException(kind);
    }
  }

  private static boolean plain(Assertion a) {
    return !a.negated() && !a.uncertain() && !a.historical() && !a.hypothetical()
        && "patient".equals(a.experiencer());
  }
}
