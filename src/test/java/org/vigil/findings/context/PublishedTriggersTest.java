package org.vigil.findings.context;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.findings.text.Tokenizer;
import org.vigil.findings.text.Tokens;

/**
 * The published lexicons are the floor: every NegEx, pyConText, medspaCy, genConText and NegBio
 * trigger (test resource published-triggers.tsv) is a rule of the same kind in context.yaml, or is
 * listed under left_out with its reason.
 */
class PublishedTriggersTest {

  @Test
  void everyPublishedTriggerIsARuleOfItsKindOrLeftOutWithAReason() throws IOException {
    Map<String, Set<String>> kindsByPhrase = new HashMap<>();
    for (Trigger t : ContextRules.loadDefault().triggers()) {
      kindsByPhrase.computeIfAbsent(key(t.phrase()), k -> new HashSet<>()).add(t.kind().key());
    }
    Map<String, String> leftOut = leftOut();
    List<String> uncovered = new ArrayList<>();
    for (String[] row : published()) {
      String kind = row[1].equals("terminate") ? "terminate" : row[1];
      String phrase = key(row[2]);
      boolean asRule = kindsByPhrase.getOrDefault(phrase, Set.of()).contains(kind);
      if (!asRule && !leftOut.containsKey(phrase)) {
        uncovered.add(row[0] + " " + row[1] + " '" + row[2] + "'"
            + (kindsByPhrase.containsKey(phrase) ? " (is " + kindsByPhrase.get(phrase) + ")" : ""));
      }
    }
    assertThat(uncovered).as("published triggers neither in context.yaml nor left_out").isEmpty();
  }

  @Test
  void everyLeftOutTriggerSaysWhyAndWhereItComesFrom() throws IOException {
    for (JsonNode entry : contextYaml().path("left_out")) {
      assertThat(entry.path("reason").asText()).as(entry.toString()).hasSizeGreaterThan(4);
      assertThat(entry.path("source").asText()).as(entry.toString()).isNotBlank();
    }
  }

  private static Map<String, String> leftOut() throws IOException {
    Map<String, String> out = new HashMap<>();
    contextYaml().path("left_out").forEach(e -> out.put(key(e.path("phrase").asText()),
        e.path("reason").asText()));
    return out;
  }

  private static JsonNode contextYaml() throws IOException {
    try (InputStream in = ContextRules.class.getResourceAsStream(ContextRules.DEFAULT_RESOURCE)) {
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    }
  }

  private static List<String[]> published() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        PublishedTriggersTest.class.getResourceAsStream("/findings/published-triggers.tsv"),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
    }
    return rows;
  }

  private static String key(String phrase) {
    Tokens tokens = Tokenizer.tokenize(phrase);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      b.append(tokens.norm(i)).append(' ');
    }
    return b.toString();
  }
}
