package org.vigil.findings.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.vigil.findings.AlertCategory;

class EvaluationCommandTest {

  private static final String CORPUS_DIR = "src/test/resources/findings/corpus";
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private static final Supplier<Evaluator> FINDS_NOTHING = () -> new Evaluator(
      input -> Fakes.analysis(input.id(), AlertCategory.NONE, List.of(), List.of()),
      (sentence, target) -> Fakes.assertion(false, false, false, false, "patient"));

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsEveryMeasureAndEveryMissForACorpusDirectory() {
    int status = Evaluation.run(new String[] {CORPUS_DIR}, out, FINDS_NOTHING);

    assertThat(status).isZero();
    assertThat(printed()).contains("(a) Findings per concept", "(b) Report category",
        "critical concepts (mentions)", "(c) Assertion modifiers", "(d) Follow-up",
        "(e) Errors", "missed finding");
  }

  @Test
  void readsTheCorpusFromTheClasspathWhenNoDirectoryIsGiven() {
    int status = Evaluation.run(new String[0], out, FINDS_NOTHING);

    assertThat(status).isZero();
    assertThat(printed()).containsPattern("Findings evaluation: \\d{3} reports, \\d{3} sentences");
  }

  @Test
  void failsLoudlyWhenTheEngineThrows() {
    Supplier<Evaluator> broken = () -> new Evaluator(input -> {
      throw new IllegalStateException("knowledge base missing");
    }, (s, t) -> {
      throw new IllegalStateException("knowledge base missing");
    });

    int status = Evaluation.run(new String[] {CORPUS_DIR}, out, broken);

    assertThat(status).isEqualTo(2);
    assertThat(printed()).contains("engine failure");
  }

  @Test
  void refusesAMissingDirectoryAndUnknownOptions() {
    assertThat(Evaluation.run(new String[] {"no/such/dir"}, out, FINDS_NOTHING)).isEqualTo(1);
    assertThat(Evaluation.run(new String[] {"--verbose"}, out, FINDS_NOTHING)).isEqualTo(1);
    assertThat(printed()).contains("not a directory", "usage: evaluate");
  }

  @Test
  void saysSoWhenTheEngineCannotStart() {
    Supplier<Evaluator> cannotStart = () -> {
      throw new IllegalStateException("bad knowledge base");
    };

    assertThat(Evaluation.run(new String[] {CORPUS_DIR}, out, cannotStart)).isEqualTo(1);
    assertThat(printed()).contains("cannot start the findings engine");
  }
}
