package org.vigil.findings.kb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.findings.AlertCategory;

/** Reads and checks one concept of the knowledge base. */
final class ConceptReader {

  private ConceptReader() {}

  static Concept read(JsonNode node, String source) {
    String id = Yaml.text(node, "id");
    if (id == null || !id.matches("[a-z0-9]+(_[a-z0-9]+)*")) {
      throw new IllegalArgumentException(source + ": concept id '" + id + "' is not lower_snake_case");
    }
    String where = source + ": concept " + id;
    Yaml.checkKeys(node, where, "id", "name", "snomed", "category", "source", "synonyms",
        "abbreviations", "exclude", "rules", "historical", "guideline", "site", "notes",
        "regional_synonyms",
        "description");
    List<String> synonyms = Yaml.strings(node, "synonyms", where);
    List<String> abbreviations = Yaml.strings(node, "abbreviations", where);
    if (synonyms.isEmpty() && abbreviations.isEmpty()) {
      throw new IllegalArgumentException(where + ": needs at least one synonym or abbreviation");
    }
    String name = Yaml.text(node, "name");
    return new Concept(id, name == null ? id : name, Yaml.text(node, "snomed"),
        category(Yaml.text(node, "category"), where), Yaml.text(node, "source"), synonyms,
        abbreviations, Yaml.strings(node, "exclude", where), rules(node.path("rules"), where),
        historical(Yaml.text(node, "historical"), where), Yaml.text(node, "guideline"),
        Yaml.text(node, "site"), regional(node.path("regional_synonyms"), where));
  }

  private static RegionalSynonyms regional(JsonNode node, String where) {
    if (node.isMissingNode() || node.isNull()) {
      return RegionalSynonyms.NONE;
    }
    Yaml.checkKeys(node, where + " regional_synonyms", "when", "synonyms");
    try {
      return new RegionalSynonyms(Yaml.strings(node, "when", where),
          Yaml.strings(node, "synonyms", where));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static List<Rule> rules(JsonNode node, String where) {
    List<Rule> rules = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return rules;
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException(where + ": 'rules' must be a list");
    }
    for (JsonNode r : node) {
      Yaml.checkKeys(r, where + " rule", "category", "any", "min_mm", "max_mm", "source");
      Rule rule = new Rule(category(Yaml.text(r, "category"), where), Yaml.strings(r, "any", where),
          Yaml.number(r, "min_mm", where), Yaml.number(r, "max_mm", where), Yaml.text(r, "source"));
      if (rule.any().isEmpty() && !rule.needsSize()) {
        throw new IllegalArgumentException(where + ": a rule needs 'any', 'min_mm' or 'max_mm'");
      }
      rules.add(rule);
    }
    return rules;
  }

  private static AlertCategory category(String value, String where) {
    if (value == null) {
      return AlertCategory.NONE;
    }
    try {
      return AlertCategory.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": unknown category '" + value + "'", e);
    }
  }

  private static HistoricalPolicy historical(String value, String where) {
    if (value == null) {
      return HistoricalPolicy.SUPPRESS;
    }
    try {
      return HistoricalPolicy.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": historical must be suppress or keep", e);
    }
  }
}
