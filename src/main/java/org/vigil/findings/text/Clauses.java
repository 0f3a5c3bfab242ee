package org.vigil.findings.text;

import java.util.Set;

/** Clause boundaries inside a sentence: ";", ":" and contrastive words ("but", "however"). */
public final class Clauses {

  private static final Set<String> WORDS = Set.of("but", "however", "whereas", "although");

  private Clauses() {}

  public static boolean isBoundary(Tokens tokens, int i) {
    String norm = tokens.norm(i);
    if (tokens.isPunct(i)) {
      return norm.equals(";") || norm.equals(":") || norm.equals(".");
    }
    return tokens.isWord(i) && WORDS.contains(norm);
  }

  /** True when no clause boundary lies between tokens a and b (exclusive, either order). */
  public static boolean sameClause(Tokens tokens, int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    for (int i = lo + 1; i < hi; i++) {
      if (isBoundary(tokens, i)) {
        return false;
      }
    }
    return true;
  }
}
