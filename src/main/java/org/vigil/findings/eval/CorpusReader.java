package org.vigil.findings.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.vigil.findings.AlertCategory;

/**
 * Reads the corpus (sentences.jsonl and reports.jsonl, UTF-8, one JSON object a line) from a
 * directory or from the classpath. A malformed line fails loudly with its file and line number:
 * a quietly skipped line would flatter the figures.
 */
public final class CorpusReader {

  public static final String CLASSPATH_DIR = "findings/corpus/";
  static final String SENTENCES = "sentences.jsonl";
  static final String REPORTS = "reports.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  private CorpusReader() {}

  public static Corpus fromDirectory(Path dir) {
    try (Reader sentences = Files.newBufferedReader(dir.resolve(SENTENCES), StandardCharsets.UTF_8);
        Reader reports = Files.newBufferedReader(dir.resolve(REPORTS), StandardCharsets.UTF_8)) {
      return read(sentences, reports);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus in " + dir, e);
    }
  }

  public static Corpus fromClasspath() {
    try (Reader sentences = resource(SENTENCES);
        Reader reports = resource(REPORTS)) {
      return read(sentences, reports);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus from classpath " + CLASSPATH_DIR, e);
    }
  }

  static Corpus read(Reader sentences, Reader reports) throws IOException {
    return new Corpus(
        lines(SENTENCES, sentences, CorpusReader::sentence),
        lines(REPORTS, reports, CorpusReader::report));
  }

  private static Reader resource(String name) {
    InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(CLASSPATH_DIR + name);
    if (in == null) {
      throw new IllegalStateException(
          "no corpus on the classpath at " + CLASSPATH_DIR + name + ": give a corpus directory");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private static <T> List<T> lines(String file, Reader reader, Function<JsonNode, T> parse)
      throws IOException {
    List<T> items = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        items.add(parse.apply(JSON.readTree(line)));
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException(file + " line " + number + ": " + e.getMessage(), e);
      }
    }
    return items;
  }

  static CorpusSentence sentence(JsonNode n) {
    return new CorpusSentence(
        text(n, "id"),
        text(n, "sentence"),
        text(n, "target"),
        text(n, "concept"),
        bool(n, "negated"),
        bool(n, "uncertain"),
        bool(n, "historical"),
        bool(n, "hypothetical"),
        text(n, "experiencer"),
        optionalText(n, "modality"),
        optionalText(n, "section"),
        optionalText(n, "note"));
  }

  static CorpusReport report(JsonNode n) {
    JsonNode expected = required(n, "expected");
    return new CorpusReport(
        text(n, "id"),
        text(n, "modality"),
        optionalText(n, "flag"),
        text(n, "text"),
        AlertCategory.valueOf(text(expected, "category")),
        findings(required(expected, "findings")),
        followUps(required(expected, "followups")));
  }

  private static List<ExpectedFinding> findings(JsonNode array) {
    List<ExpectedFinding> findings = new ArrayList<>();
    for (JsonNode f : array) {
      findings.add(
          new ExpectedFinding(
              text(f, "concept"),
              bool(f, "negated"),
              bool(f, "uncertain"),
              bool(f, "historical"),
              bool(f, "hypothetical"),
              f.hasNonNull("experiencer") ? f.get("experiencer").asText() : "patient"));
    }
    return findings;
  }

  private static List<ExpectedFollowUp> followUps(JsonNode array) {
    List<ExpectedFollowUp> followUps = new ArrayList<>();
    for (JsonNode f : array) {
      followUps.add(
          new ExpectedFollowUp(
              text(f, "sentence"),
              days(f, "min_days"),
              days(f, "max_days"),
              bool(f, "conditional"),
              bool(f, "actionable")));
    }
    return followUps;
  }

  private static JsonNode required(JsonNode n, String field) {
    JsonNode value = n.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("missing field '" + field + "'");
    }
    return value;
  }

  private static String text(JsonNode n, String field) {
    JsonNode value = required(n, field);
    if (!value.isTextual()) {
      throw new IllegalArgumentException("field '" + field + "' is not text");
    }
    return value.asText();
  }

  private static String optionalText(JsonNode n, String field) {
    JsonNode value = n.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static boolean bool(JsonNode n, String field) {
    JsonNode value = required(n, field);
    if (!value.isBoolean()) {
      throw new IllegalArgumentException("field '" + field + "' is not true/false");
    }
    return value.asBoolean();
  }

  private static Integer days(JsonNode n, String field) {
    if (!n.has(field)) {
      throw new IllegalArgumentException("missing field '" + field + "' (use null)");
    }
    JsonNode value = n.get(field);
    return value.isNull() ? null : value.intValue();
  }
}
