package org.vigil.findings.eval.corpus;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A collection's codes mapped to Vigil concepts ({@code mesh-concepts.yaml}): which concepts a
 * code asserts, and which it merely accepts (neither right nor wrong if the engine reads them).
 */
public record CodeMapping(String version, List<String> normal, Map<String, Code> codes) {

  public static final String DEFAULT_RESOURCE = "/org/vigil/findings/eval/mesh-concepts.yaml";

  /** One code: the concepts it asserts and those it accepts. */
  public record Code(List<String> concepts, List<String> accepts) {
    public Code {
      concepts = concepts == null ? List.of() : List.copyOf(concepts);
      accepts = accepts == null ? List.of() : List.copyOf(accepts);
    }
  }

  public CodeMapping {
    normal = List.copyOf(normal);
    codes = Map.copyOf(codes);
  }

  public static CodeMapping loadDefault() {
    try (InputStream in = CodeMapping.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("code mapping missing from the classpath: " + DEFAULT_RESOURCE);
      }
      return new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(in, CodeMapping.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  /** Every concept some code asserts: the concepts measured. */
  public Set<String> measuredConcepts() {
    Set<String> all = new TreeSet<>();
    codes.values().forEach(c -> all.addAll(c.concepts()));
    return all;
  }

  /** The concepts the report's codes assert. */
  public Set<String> asserted(CodedReport report) {
    Set<String> out = new TreeSet<>();
    report.codes().forEach(c -> out.addAll(codes.getOrDefault(c, EMPTY).concepts()));
    return out;
  }

  /** The concepts the report's codes assert or accept. */
  public Set<String> acceptable(CodedReport report) {
    Set<String> out = asserted(report);
    report.codes().forEach(c -> out.addAll(codes.getOrDefault(c, EMPTY).accepts()));
    return out;
  }

  public Set<String> normalCodes() {
    return Set.copyOf(normal);
  }

  private static final Code EMPTY = new Code(List.of(), List.of());
}
