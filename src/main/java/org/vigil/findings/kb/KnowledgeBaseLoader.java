package org.vigil.findings.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a knowledge base from YAML and checks it: a missing default, an unknown key, a bad
 * category or a concept without synonyms fails loudly. A trust's file replaces the default, or,
 * with {@code extends: default}, is laid over it (concepts by id, sites by word).
 */
public final class KnowledgeBaseLoader {

  public static final String DEFAULT_RESOURCE = "/org/vigil/findings/kb/knowledge-base.yaml";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private KnowledgeBaseLoader() {}

  /** The knowledge base shipped in the jar. */
  public static KnowledgeBase loadDefault() {
    InputStream in = KnowledgeBaseLoader.class.getResourceAsStream(DEFAULT_RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          "default knowledge base missing from the classpath: " + DEFAULT_RESOURCE);
    }
    return parse(read(in, DEFAULT_RESOURCE), DEFAULT_RESOURCE);
  }

  /** A trust's file: a whole knowledge base, or an overlay when it says {@code extends: default}. */
  public static KnowledgeBase load(Path file) {
    JsonNode root;
    try {
      root = read(Files.newInputStream(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read knowledge base " + file, e);
    }
    KnowledgeBase own = parse(root, file.toString());
    String base = root.path("extends").asText("");
    if (base.isEmpty()) {
      return own;
    }
    if (!base.equals("default")) {
      throw new IllegalArgumentException(file + ": extends must be 'default', not '" + base + "'");
    }
    return overlay(loadDefault(), own);
  }

  /** Reads a whole knowledge base from a stream (tests, other sources). */
  public static KnowledgeBase load(InputStream in, String source) {
    return parse(read(in, source), source);
  }

  static KnowledgeBase overlay(KnowledgeBase base, KnowledgeBase trust) {
    Map<String, Concept> byId = new LinkedHashMap<>();
    base.concepts().forEach(c -> byId.put(c.id(), c));
    trust.concepts().forEach(c -> byId.put(c.id(), c));
    Map<String, String> sites = new LinkedHashMap<>(base.sites());
    sites.putAll(trust.sites());
    return new KnowledgeBase(base.version() + "+" + trust.version(), new ArrayList<>(byId.values()),
        sites);
  }

  private static JsonNode read(InputStream in, String source) {
    try (in) {
      return YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read knowledge base " + source, e);
    }
  }

  private static KnowledgeBase parse(JsonNode root, String source) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(source + ": not a YAML mapping");
    }
    Yaml.checkKeys(root, source, "version", "concepts", "sites", "extends");
    String version = Yaml.text(root, "version");
    if (version == null) {
      throw new IllegalArgumentException(source + ": 'version' is required");
    }
    List<Concept> concepts = new ArrayList<>();
    Map<String, Concept> seen = new LinkedHashMap<>();
    for (JsonNode node : root.path("concepts")) {
      Concept concept = ConceptReader.read(node, source);
      if (seen.put(concept.id(), concept) != null) {
        throw new IllegalArgumentException(source + ": concept '" + concept.id() + "' twice");
      }
      concepts.add(concept);
    }
    return new KnowledgeBase(version, concepts, sites(root.path("sites"), source));
  }

  /** Accepts {@code site: [words]} and {@code word: site}; returns word to site. */
  private static Map<String, String> sites(JsonNode node, String source) {
    Map<String, String> sites = new LinkedHashMap<>();
    if (node.isMissingNode() || node.isNull()) {
      return sites;
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException(source + ": 'sites' must be a mapping");
    }
    node.fields().forEachRemaining(e -> {
      if (e.getValue().isArray()) {
        e.getValue().forEach(word -> sites.put(word.asText(), e.getKey()));
        sites.putIfAbsent(e.getKey(), e.getKey());
      } else if (e.getValue().isTextual()) {
        sites.put(e.getKey(), e.getValue().asText());
      } else {
        throw new IllegalArgumentException(source + ": site '" + e.getKey() + "' is not a name or list");
      }
    });
    return sites;
  }
}
