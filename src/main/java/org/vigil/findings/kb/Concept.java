package org.vigil.findings.kb;

import java.util.List;
import org.vigil.findings.AlertCategory;

/** A finding the knowledge base knows, as described in docs/findings-knowledge-base.md. */
public record Concept(
    String id,
    String name,
    String snomed,
    AlertCategory category,
    String source,
    List<String> synonyms,
    List<String> abbreviations,
    List<String> exclude,
    List<Rule> rules,
    HistoricalPolicy historical,
    String guideline,
    String site,
    RegionalSynonyms regional) {

  /** A concept without regional synonyms. */
  public Concept(String id, String name, String snomed, AlertCategory category, String source,
      List<String> synonyms, List<String> abbreviations, List<String> exclude, List<Rule> rules,
      HistoricalPolicy historical, String guideline, String site) {
    this(id, name, snomed, category, source, synonyms, abbreviations, exclude, rules, historical,
        guideline, site, RegionalSynonyms.NONE);
  }

  public Concept {
    regional = regional == null ? RegionalSynonyms.NONE : regional;
    synonyms = List.copyOf(synonyms);
    abbreviations = List.copyOf(abbreviations);
    exclude = List.copyOf(exclude);
    rules = List.copyOf(rules);
  }

  /** True for the national alert text codes typed into a report ("alert_code_critical"). */
  public boolean isAlertCode() {
    return id.startsWith("alert_code_");
  }
}
