package org.vigil.findings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private static String testKb() throws URISyntaxException {
    return Path.of(FindingsCliTest.class.getResource("/findings/test-kb.yaml").toURI()).toString();
  }

  private List<JsonNode> run(String command, String input) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = FindingsCli.run(new String[] {command, "--kb", testKb()},
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isZero();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        lines.add(JSON.readTree(line));
      }
    }
    return lines;
  }

  @Test
  void analyseWritesOneLinePerReportWithFindingsAndFlagAgreement() throws Exception {
    List<JsonNode> out = run("analyse", """
        {"id":"a1","text":"FINDINGS: Large left tension pneumothorax. No effusion.","modality":"CR"}
        {"id":"a2","text":"Normal chest.","flag":"CRITICAL"}
        """);
    assertThat(out).hasSize(2);
    JsonNode a1 = out.get(0);
    assertThat(a1.get("id").asText()).isEqualTo("a1");
    assertThat(a1.get("category").asText()).isEqualTo("CRITICAL");
    assertThat(a1.get("communication_needed").asBoolean()).isTrue();
    assertThat(a1.get("flag_agreement").asText()).isEqualTo("UNFLAGGED");
    JsonNode ptx = a1.get("findings").get(0);
    assertThat(ptx.get("concept").asText()).isEqualTo("pneumothorax");
    assertThat(ptx.get("section").asText()).isEqualTo("findings");
    assertThat(ptx.get("negated").asBoolean()).isFalse();
    assertThat(ptx.get("experiencer").asText()).isEqualTo("patient");
    assertThat(ptx.has("measurements")).isTrue();
    assertThat(a1.get("findings").get(1).get("negated").asBoolean()).isTrue();
    assertThat(a1.get("followups").isArray()).isTrue();
    assertThat(out.get(1).get("category").asText()).isEqualTo("NONE");
    assertThat(out.get(1).get("flag_agreement").asText()).isEqualTo("FLAG_WITHOUT_FINDING");
  }

  @Test
  void measurementsAreWrittenInMillimetres() throws Exception {
    JsonNode f = run("analyse", "{\"id\":\"m\",\"text\":\"Abdominal aortic aneurysm 5.6 cm.\"}\n")
        .get(0).get("findings").get(0);
    assertThat(f.get("category").asText()).isEqualTo("URGENT");
    assertThat(f.get("measurements").get(0).get("dimensions_mm").get(0).asDouble()).isEqualTo(56.0);
  }

  @Test
  void badLinesGetAnErrorLineAndTheRunGoesOn() throws Exception {
    List<JsonNode> out = run("analyse", """
        this is not json
        {"id":"no-text"}
        {"text":"no id"}
        {"id":"ok","text":"Possible PE."}
        """);
    assertThat(out).hasSize(4);
    assertThat(out.get(0).get("id").isNull()).isTrue();
    assertThat(out.get(0).get("error").asText()).contains("not a JSON object");
    assertThat(out.get(1).get("id").asText()).isEqualTo("no-text");
    assertThat(out.get(1).get("error").asText()).contains("missing field");
    assertThat(out.get(2).get("error").asText()).contains("missing field");
    assertThat(out.get(3).get("category").asText()).isEqualTo("CRITICAL");
  }

  @Test
  void contextAnswersTheAssertionOfATarget() throws Exception {
    List<JsonNode> out = run("context", """
        {"id":"c1","sentence":"No evidence of pneumothorax.","target":"pneumothorax"}
        {"id":"c2","sentence":"Family history of aortic dissection.","target":"aortic dissection"}
        {"id":"c3","sentence":"No pneumothorax.","target":"effusion"}
        {"id":"c4","sentence":"No pneumothorax."}
        """);
    assertThat(out.get(0).get("negated").asBoolean()).isTrue();
    assertThat(out.get(0).get("uncertain").asBoolean()).isFalse();
    assertThat(out.get(1).get("experiencer").asText()).isEqualTo("other");
    assertThat(out.get(2).get("id").asText()).isEqualTo("c3");
    assertThat(out.get(2).get("error").asText()).contains("not found");
    assertThat(out.get(3).get("error").asText()).contains("missing field");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    int status = FindingsCli.run(new String[] {"frobnicate"}, new ByteArrayInputStream(new byte[0]),
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
  }

  @Test
  void aMissingKnowledgeBaseFileFailsLoudly() {
    int status = FindingsCli.run(new String[] {"analyse", "--kb", "/no/such/kb.yaml"},
        new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err));
    assertThat(status).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot load the knowledge base");
  }
}
