package org.vigil.findings.kb;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.vigil.findings.text.Clauses;
import org.vigil.findings.text.PhraseTrie;
import org.vigil.findings.text.Tokens;

/**
 * The knowledge base compiled once into token tries: one for every synonym, abbreviation and
 * exclusion of every concept (leftmost-longest, so "tension pneumothorax" beats "pneumothorax"
 * and an exclusion such as "pneumothorax ex vacuo" hides its concept), one for the site words,
 * and one per concept for the phrases its rules ask for. Immutable and thread-safe.
 */
public final class CompiledKnowledgeBase {

  private record Entry(Concept concept, boolean exclusion, boolean regional) {
    Entry(Concept concept, boolean exclusion) {
      this(concept, exclusion, false);
    }
  }

  private final KnowledgeBase knowledgeBase;
  private final PhraseTrie<Entry> concepts = new PhraseTrie<>();
  private final PhraseTrie<String> sites = new PhraseTrie<>();
  private final PhraseTrie<Concept> regionCues = new PhraseTrie<>();
  private final Map<String, PhraseTrie<String>> rulePhrases = new HashMap<>();

  public CompiledKnowledgeBase(KnowledgeBase knowledgeBase) {
    this.knowledgeBase = knowledgeBase;
    for (Concept c : knowledgeBase.concepts()) {
      c.synonyms().forEach(s -> concepts.add(s, new Entry(c, false)));
      c.abbreviations().forEach(a -> concepts.addCaseSensitive(a, new Entry(c, false)));
      c.exclude().forEach(x -> concepts.add(x, new Entry(c, true)));
      c.regional().synonyms().forEach(s -> concepts.add(s, new Entry(c, false, true)));
      c.regional().when().forEach(w -> regionCues.add(w, c));
      PhraseTrie<String> phrases = new PhraseTrie<>();
      c.rules().forEach(r -> r.any().forEach(p -> phrases.add(p, p)));
      rulePhrases.put(c.id(), phrases);
    }
    knowledgeBase.sites().forEach((word, site) -> sites.add(word, site));
  }

  public String version() {
    return knowledgeBase.version();
  }

  public KnowledgeBase knowledgeBase() {
    return knowledgeBase;
  }

  /** Adds the mentions in tokens [from, to) to {@code out}; excluded phrases add nothing. */
  public void mentions(Tokens tokens, int from, int to, List<Mention> out) {
    mentions(tokens, from, to, out, concept -> false);
  }

  /**
   * As {@link #mentions(Tokens, int, int, List)}, and a regional synonym ("effusion") counts
   * when {@code inRegion} says the report is about its concept's region. Outside its region it
   * does not hide an overlapping phrase ("radiopaque foreign body in the oesophagus").
   */
  public void mentions(Tokens tokens, int from, int to, List<Mention> out,
      Predicate<Concept> inRegion) {
    concepts.scanJudged(tokens, from, to, (start, end, entries) -> {
      boolean stands = false;
      for (Entry e : entries) {
        if (e.regional() && !inRegion.test(e.concept())) {
          continue;
        }
        stands = true;
        if (!e.exclusion() && !excluded(entries, e.concept())) {
          out.add(new Mention(e.concept(), start, end));
        }
      }
      return stands;
    });
  }

  /**
   * The concepts whose region cue words occur in tokens [from, to) (one scan of a report). Held
   * by identity: a knowledge base holds each concept once, and a record's own hash would walk
   * all its synonyms and rules at every look-up.
   */
  public Set<Concept> conceptsInRegion(Tokens tokens, int from, int to) {
    Set<Concept> found = Collections.newSetFromMap(new IdentityHashMap<>());
    regionCues.scan(tokens, from, to, (start, end, values) -> found.addAll(values));
    return found;
  }

  private static boolean excluded(List<Entry> entries, Concept concept) {
    for (Entry e : entries) {
      if (e.exclusion() && e.concept() == concept) {
        return true;
      }
    }
    return false;
  }

  /** Where the phrases a concept's rules ask for occur in [from, to). */
  public List<PhraseTrie.Match<String>> rulePhrases(Concept concept, Tokens tokens, int from, int to) {
    return rulePhrases.get(concept.id()).matches(tokens, from, to);
  }

  /** The site named by the nearest anatomy word in the mention's clause (not in it), or null. */
  public String siteNear(Tokens tokens, Mention mention, int from, int to) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (PhraseTrie.Match<String> m : sites.matches(tokens, from, to)) {
      if (m.start() < mention.end() && mention.first() < m.end()) {
        continue;
      }
      int distance = m.end() <= mention.first() ? mention.first() - m.end() : m.start() - mention.end();
      if (distance < bestDistance && Clauses.sameClause(tokens, m.start(), mention.first())) {
        best = m.values().get(0);
        bestDistance = distance;
      }
    }
    return best;
  }
}
