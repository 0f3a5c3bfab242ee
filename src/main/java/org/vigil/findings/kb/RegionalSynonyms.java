package org.vigil.findings.kb;

import java.util.List;

/**
 * Bare words that name a concept only in a report about its region: "effusion" is a pleural
 * effusion on a chest film, "haemorrhage" an intracranial one on a head CT. {@code synonyms}
 * count only when one of the {@code when} words (the region's cue words, e.g. "head", "brain",
 * "intracranial") occurs somewhere in the same report.
 */
public record RegionalSynonyms(List<String> when, List<String> synonyms) {

  public static final RegionalSynonyms NONE = new RegionalSynonyms(List.of(), List.of());

  public RegionalSynonyms {
    when = List.copyOf(when);
    synonyms = List.copyOf(synonyms);
    if (when.isEmpty() != synonyms.isEmpty()) {
      throw new IllegalArgumentException("regional synonyms need both 'when' and 'synonyms'");
    }
  }
}
