package org.vigil.findings.context;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.findings.text.Normaliser;

/** The triggers of {@code context.yaml}, read and checked (an unknown key fails loudly). */
public record ContextRules(String version, int window, Set<String> listWords,
    Set<String> listSeparators, Set<String> clauseVerbs, List<Trigger> triggers,
    Set<String> alternatives, Set<String> requestBackground) {

  public static final String DEFAULT_RESOURCE = "/org/vigil/findings/kb/context.yaml";
  private static final Set<String> TOP_KEYS = Set.of("version", "window", "list_words",
      "negated", "uncertain", "historical", "hypothetical", "experiencer", "current", "pseudo",
      "terminators", "left_out", "list_separators", "clause_verbs", "alternatives",
      "request_background");

  public ContextRules {
    listWords = Set.copyOf(listWords);
    listSeparators = Set.copyOf(listSeparators);
    clauseVerbs = Set.copyOf(clauseVerbs);
    triggers = List.copyOf(triggers);
    alternatives = Set.copyOf(alternatives);
    requestBackground = Set.copyOf(requestBackground);
  }

  public static ContextRules loadDefault() {
    InputStream in = ContextRules.class.getResourceAsStream(DEFAULT_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("context rules missing from the classpath: " + DEFAULT_RESOURCE);
    }
    return load(in, DEFAULT_RESOURCE);
  }

  public static ContextRules load(InputStream in, String source) {
    try (in) {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      return fromTree(root, source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read context rules " + source, e);
    }
  }

  private static ContextRules fromTree(JsonNode root, String source) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(source + ": not a YAML mapping");
    }
    for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!TOP_KEYS.contains(key)) {
        throw new IllegalArgumentException(source + ": unknown key '" + key + "'");
      }
    }
    int window = root.path("window").asInt(8);
    List<Trigger> triggers = new ArrayList<>();
    for (TriggerKind kind : TriggerKind.values()) {
      if (kind == TriggerKind.PSEUDO || kind == TriggerKind.TERMINATE) {
        continue;
      }
      JsonNode node = root.path(kind.key());
      if (!node.isMissingNode()) {
        checkDirections(node, kind, source);
      }
      for (Direction direction : Direction.values()) {
        readList(node.path(direction.name().toLowerCase(Locale.ROOT)), kind, direction, window,
            triggers, source);
      }
    }
    readList(root.path("pseudo"), TriggerKind.PSEUDO, Direction.FORWARD, 0, triggers, source);
    readList(root.path("terminators"), TriggerKind.TERMINATE, Direction.FORWARD, 0, triggers,
        source);
    return new ContextRules(root.path("version").asText("unversioned"), window,
        words(root.path("list_words")), words(root.path("list_separators")),
        words(root.path("clause_verbs")), triggers, alternatives(root.path("alternatives")),
        words(root.path("request_background")));
  }

  /** "/" stays as written (the tokenizer drops it; it is read between tokens), words normalised. */
  private static Set<String> alternatives(JsonNode list) {
    Set<String> out = new HashSet<>();
    list.forEach(w -> out.add("/".equals(w.asText()) ? "/" : Normaliser.word(w.asText())));
    return out;
  }

  private static Set<String> words(JsonNode list) {
    Set<String> out = new HashSet<>();
    list.forEach(w -> out.add(Normaliser.word(w.asText())));
    return out;
  }

  private static void checkDirections(JsonNode node, TriggerKind kind, String source) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(source + ": " + kind.key() + " must map directions to lists");
    }
    node.fieldNames().forEachRemaining(key -> {
      if (!Set.of("forward", "backward", "both").contains(key)) {
        throw new IllegalArgumentException(source + ": " + kind.key() + " has unknown direction '"
            + key + "' (forward, backward or both)");
      }
    });
  }

  private static void readList(JsonNode list, TriggerKind kind, Direction direction, int window,
      List<Trigger> out, String source) {
    if (list.isMissingNode()) {
      return;
    }
    if (!list.isArray()) {
      throw new IllegalArgumentException(source + ": " + kind.key() + " must be a list");
    }
    for (JsonNode entry : list) {
      if (!entry.isTextual() && !entry.isObject()) {
        throw new IllegalArgumentException(source + ": trigger '" + entry + "' in " + kind.key()
            + " is not text (quote words such as \"no\" that YAML reads as booleans)");
      }
      String phrase = entry.isObject() ? entry.path("phrase").asText("") : entry.asText("");
      int w = entry.isObject() ? entry.path("window").asInt(window) : window;
      if (phrase.isBlank()) {
        throw new IllegalArgumentException(source + ": empty trigger in " + kind.key());
      }
      out.add(new Trigger(phrase, kind, direction, w));
    }
  }
}
