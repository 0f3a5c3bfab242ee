package org.vigil.findings.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON in and out for the command line. */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** A line that could not be handled. */
  static String error(String id, String reason) {
    ObjectNode node = MAPPER.createObjectNode();
    if (id == null) {
      node.putNull("id");
    } else {
      node.put("id", id);
    }
    node.put("error", reason);
    return write(node);
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** The object on a line, or null when the line is not a JSON object. */
  static JsonNode object(String line) {
    try {
      JsonNode node = MAPPER.readTree(line);
      return node != null && node.isObject() ? node : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** The id as text, or null when absent; numbers are accepted as ids. */
  static String id(JsonNode node) {
    JsonNode id = node == null ? null : node.get("id");
    return id == null || id.isNull() || !id.isValueNode() ? null : id.asText();
  }

  /** A required text field, or null when missing or not text. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  /** An optional field as text (numbers and booleans too), or null. */
  static String optional(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
  }
}
