package org.vigil.findings.eval.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a coded collection as JSON Lines: {@code uid}, {@code indication}, {@code comparison},
 * {@code findings}, {@code impression}, and {@code mesh} (codes separated by ";", qualifiers after
 * "/"). Only the heading of each code is kept ("Pneumothorax/apex/right" -> "Pneumothorax").
 */
public final class CodedReports {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CodedReports() {}

  public static List<CodedReport> read(Path file) {
    List<CodedReport> reports = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (!line.isBlank()) {
          reports.add(parse(line, file + ":" + n));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return reports;
  }

  static CodedReport parse(String line, String where) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      throw new IllegalArgumentException(where + ": not JSON", e);
    }
    String uid = node.path("uid").asText("");
    if (uid.isBlank()) {
      throw new IllegalArgumentException(where + ": no uid");
    }
    return new CodedReport(uid, node.path("indication").asText(""),
        node.path("comparison").asText(""), node.path("findings").asText(""),
        node.path("impression").asText(""), headings(node.path("mesh").asText("")));
  }

  static List<String> headings(String codes) {
    return Arrays.stream(codes.split(";"))
        .map(c -> c.split("/", 2)[0].strip())
        .filter(c -> !c.isEmpty())
        .distinct()
        .toList();
  }
}
