package org.vigil.findings.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContextRulesTest {

  private static ContextRules parse(String yaml) {
    return ContextRules.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "inline");
  }

  @Test
  void theShippedRulesLoadAndCompile() {
    ContextRules rules = ContextRules.loadDefault();
    assertThat(rules.triggers()).extracting(Trigger::kind).contains(TriggerKind.NEGATED,
        TriggerKind.UNCERTAIN, TriggerKind.HISTORICAL, TriggerKind.HYPOTHETICAL,
        TriggerKind.EXPERIENCER, TriggerKind.PSEUDO, TriggerKind.TERMINATE);
    assertThat(new ContextAnalyser(rules).version()).isEqualTo("3");
  }

  @Test
  void anUnquotedNoThatYamlReadsAsABooleanFailsLoudly() {
    assertThatThrownBy(() -> parse("negated:\n  forward: [no]\n"))
        .hasMessageContaining("quote");
  }

  @Test
  void anUnknownDirectionFailsLoudly() {
    assertThatThrownBy(() -> parse("negated:\n  forwards: [\"no\"]\n"))
        .hasMessageContaining("unknown direction");
  }

  @Test
  void aPhraseThatIsTwoKindsOnceNormalisedFailsLoudly() {
    ContextRules rules = parse("negated:\n  forward: [\"rules out\"]\nhypothetical:\n  forward: [\"rule out\"]\n");
    assertThatThrownBy(() -> new ContextAnalyser(rules)).hasMessageContaining("both");
  }

  @Test
  void aTriggerMayCarryItsOwnWindow() {
    ContextRules rules = parse("uncertain:\n  both:\n    - {phrase: \"?\", window: 3}\n");
    assertThat(rules.triggers()).singleElement()
        .satisfies(t -> assertThat(t.window()).isEqualTo(3));
  }
}
