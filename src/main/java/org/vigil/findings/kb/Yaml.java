package org.vigil.findings.kb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Small, strict readers over a YAML tree. */
final class Yaml {

  private Yaml() {}

  static void checkKeys(JsonNode node, String where, String... allowed) {
    Set<String> keys = Set.of(allowed);
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!keys.contains(key)) {
        throw new IllegalArgumentException(where + ": unknown key '" + key + "'");
      }
    }
  }

  /** The text of a field, or null when missing or null. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  static Double number(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      throw new IllegalArgumentException(where + ": '" + field + "' must be a number");
    }
    return value.asDouble();
  }

  /** A list of strings; a single string is a list of one. */
  static List<String> strings(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    List<String> out = new ArrayList<>();
    if (value == null || value.isNull()) {
      return out;
    }
    if (value.isBoolean()) {
      throw new IllegalArgumentException(where + ": '" + field + "' is a boolean: quote it");
    }
    if (value.isTextual()) {
      out.add(value.asText());
      return out;
    }
    if (!value.isArray()) {
      throw new IllegalArgumentException(where + ": '" + field + "' must be a list");
    }
    for (JsonNode item : value) {
      if (!(item.isTextual() || item.isNumber()) || item.asText().isBlank()) {
        throw new IllegalArgumentException(where + ": '" + field + "' has an empty or bad entry");
      }
      out.add(item.asText());
    }
    return out;
  }
}
