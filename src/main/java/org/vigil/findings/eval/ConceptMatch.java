package org.vigil.findings.eval;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Matches the concepts expected in one report with those predicted, allowing for
 * {@link ConceptGroups#GENERAL}. For affirmed mentions an expected general concept is found by a
 * more specific prediction (carcinoma expected, lung_mass predicted); for negated mentions an
 * expected specific concept is found by a more general negation ("No fracture" in a hip
 * radiograph rules out a hip fracture). A related prediction that finds nothing expected is
 * neither right nor wrong (fracture predicted beside hip_fracture expected).
 */
final class ConceptMatch {

  private static final Counts FOUND = new Counts(1, 0, 0);
  private static final Counts MISSED = new Counts(0, 0, 1);
  private static final Counts FALSE = new Counts(0, 1, 0);

  private ConceptMatch() {}

  /** The outcome per concept: found (tp), missed (fn) or false (fp). */
  static Map<String, Counts> affirmed(Set<String> expected, Set<String> predicted) {
    return match(expected, predicted, false);
  }

  static Map<String, Counts> negated(Set<String> expected, Set<String> predicted) {
    return match(expected, predicted, true);
  }

  private static Map<String, Counts> match(Set<String> expected, Set<String> predicted,
      boolean negation) {
    Map<String, Counts> outcomes = new TreeMap<>();
    for (String e : expected) {
      boolean found = predicted.contains(e)
          || predicted.stream().anyMatch(p -> negation ? implies(e, p) : implies(p, e));
      outcomes.put(e, found ? FOUND : MISSED);
    }
    for (String p : predicted) {
      boolean explained = expected.contains(p)
          || expected.stream().anyMatch(e -> implies(e, p) || implies(p, e));
      if (!explained) {
        outcomes.put(p, FALSE);
      }
    }
    return outcomes;
  }

  /** True when {@code specific} implies {@code general}. */
  static boolean implies(String specific, String general) {
    return ConceptGroups.GENERAL.getOrDefault(specific, Set.of()).contains(general);
  }
}
