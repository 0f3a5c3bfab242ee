package org.vigil.findings.followup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The follow-up guidelines, read from YAML and checked on load: a malformed file fails loudly
 * rather than silently deriving no follow-ups.
 */
public record Guidelines(String version, List<Guideline> guidelines) {

  static final String CLASSPATH_RESOURCE = "/org/vigil/findings/kb/guidelines.yaml";

  private static final ObjectMapper YAML =
      JsonMapper.builder(new YAMLFactory())
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  public Guidelines {
    guidelines = guidelines == null ? List.of() : List.copyOf(guidelines);
    GuidelineChecks.check(version, guidelines);
  }

  /** The guidelines shipped in the jar. */
  public static Guidelines fromClasspath() {
    try (InputStream in = Guidelines.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("guidelines not on the classpath: " + CLASSPATH_RESOURCE);
      }
      return read(in, CLASSPATH_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + CLASSPATH_RESOURCE, e);
    }
  }

  /** A trust's own guidelines file. */
  public static Guidelines fromFile(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read guidelines file " + file, e);
    }
  }

  static Guidelines read(InputStream in, String where) throws IOException {
    try {
      return YAML.readValue(in, Guidelines.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "invalid guidelines in " + where + ": " + e.getMessage(), e);
    }
  }

  /** The guidelines that cover a concept, in file order. */
  List<Guideline> forConcept(String concept) {
    return guidelines.stream().filter(g -> g.appliesTo(concept)).toList();
  }

  /** The regions a concept's guidelines send follow-ups to (e.g. chest for lung_nodule). */
  Set<String> regionsFor(String concept) {
    return forConcept(concept).stream()
        .flatMap(g -> g.rules().stream())
        .map(GuidelineRule::region)
        .filter(region -> region != null)
        .collect(Collectors.toSet());
  }
}
