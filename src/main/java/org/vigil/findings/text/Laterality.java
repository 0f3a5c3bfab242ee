package org.vigil.findings.text;

/**
 * The side a mention is on: the nearest "left", "right", "bilateral" (or an unambiguous "L", "R",
 * "Lt", "Rt": a capital letter that is not a vertebral level such as "L1") in the same clause.
 */
public final class Laterality {

  private static final int BEFORE = 6;
  private static final int AFTER = 4;

  private Laterality() {}

  /** "left", "right", "bilateral" or null for the mention at tokens [first, end). */
  public static String of(Tokens tokens, int first, int end, int from, int to) {
    for (int d = 1; d <= BEFORE; d++) {
      int before = first - d;
      if (before < from || Clauses.isBoundary(tokens, before)) {
        break;
      }
      String side = side(tokens, before, to);
      if (side != null) {
        return side;
      }
    }
    for (int after = end; after < Math.min(to, end + AFTER); after++) {
      if (Clauses.isBoundary(tokens, after)) {
        break;
      }
      String side = side(tokens, after, to);
      if (side != null) {
        return side;
      }
    }
    return null;
  }

  private static String side(Tokens tokens, int i, int to) {
    if (tokens.kind(i) != Tokens.WORD) {
      return null;
    }
    switch (tokens.norm(i)) {
      case "left":
        return "left";
      case "right":
        return "right";
      case "bilateral":
      case "bilaterally":
        return "bilateral";
      default:
        return abbreviation(tokens, i, to);
    }
  }

  private static String abbreviation(Tokens tokens, int i, int to) {
    boolean level = i + 1 < to && tokens.kind(i + 1) == Tokens.NUMBER;
    if (level) {
      return null;
    }
    if (tokens.rawEquals(i, "L") || tokens.rawEquals(i, "Lt")) {
      return "left";
    }
    if (tokens.rawEquals(i, "R") || tokens.rawEquals(i, "Rt")) {
      return "right";
    }
    return null;
  }
}
