package org.vigil.findings.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.Finding;

/**
 * One sentence as a radiologist would write it, naming a knowledge-base concept and how it is
 * meant: affirmed, negated, uncertain or historical, with the category an affirmed or uncertain
 * mention earns. Read from {@code findings/concept-examples.jsonl}, one JSON object a line.
 */
record ConceptExample(String concept, String sentence, String modality, Reading expected,
    AlertCategory category, int line) {

  static final String RESOURCE = "/findings/concept-examples.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How the sentence asserts the concept. */
  enum Reading {
    AFFIRMED, NEGATED, UNCERTAIN, HISTORICAL;

    boolean describes(Finding f) {
      return switch (this) {
        case AFFIRMED -> f.isAffirmed() && !f.uncertain() && !f.historical();
        case NEGATED -> f.negated();
        case UNCERTAIN -> f.isAffirmed() && f.uncertain();
        case HISTORICAL -> !f.negated() && f.historical();
      };
    }
  }

  ConceptExample {
    Objects.requireNonNull(concept, "concept");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(expected, "expected");
    if (expected == Reading.AFFIRMED && category == null) {
      throw new IllegalArgumentException(
          "line " + line + ": an affirmed example names its category");
    }
  }

  /** True when {@code f} is this example's concept, read as expected, in the expected category. */
  boolean isReadAs(Finding f) {
    return f.concept().equals(concept) && expected.describes(f)
        && (category == null || f.category() == category);
  }

  static List<ConceptExample> all() {
    try (InputStream in = ConceptExample.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no " + RESOURCE + " on the test classpath");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<ConceptExample> examples = new ArrayList<>();
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (!line.isBlank()) {
          examples.add(parse(JSON.readTree(line), number));
        }
      }
      return examples;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static ConceptExample parse(JsonNode node, int line) {
    JsonNode category = node.get("category");
    Reading expected = Reading.valueOf(node.path("expected").asText().toUpperCase());
    return new ConceptExample(node.path("concept").asText(null), node.path("sentence").asText(null),
        node.path("modality").asText(null), expected,
        category == null ? null : AlertCategory.valueOf(category.asText()), line);
  }

  @Override
  public String toString() {
    return concept + " " + expected.name().toLowerCase() + ": " + sentence;
  }
}
