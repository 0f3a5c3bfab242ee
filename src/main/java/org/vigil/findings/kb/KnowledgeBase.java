package org.vigil.findings.kb;

import java.util.List;
import java.util.Map;

/**
 * The knowledge base: versioned concepts plus {@code sites}, anatomy words mapped to the site
 * name used to name where a mass is (lung, liver, kidney...).
 */
public record KnowledgeBase(String version, List<Concept> concepts, Map<String, String> sites) {

  public KnowledgeBase {
    concepts = List.copyOf(concepts);
    sites = Map.copyOf(sites);
  }
}
