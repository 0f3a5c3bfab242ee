package org.vigil.findings.text;

import java.util.Set;

/**
 * The side a mention is on: the nearest "left", "right", "bilateral" (or an unambiguous "L", "R",
 * "Lt", "Rt": a capital letter that is not a vertebral level such as "L1") in the same phrase.
 * The search stops at a clause boundary, a comma and "with": in "right lower lobe collapse with
 * pleural effusion" the side belongs to the collapse. "Left ventricular", "right heart" name a
 * chamber, not a side.
 */
public final class Laterality {

  private static final int BEFORE = 6;
  private static final int AFTER = 4;

  private Laterality() {}

  /** "left", "right", "bilateral" or null for the mention at tokens [first, end). */
  public static String of(Tokens tokens, int first, int end, int from, int to) {
    for (int d = 1; d <= BEFORE; d++) {
      int before = first - d;
      if (before < from || stops(tokens, before)) {
        break;
      }
      String side = side(tokens, before, to);
      if (side != null) {
        return side;
      }
    }
    for (int after = end; after < Math.min(to, end + AFTER); after++) {
      if (stops(tokens, after)) {
        break;
      }
      String side = side(tokens, after, to);
      if (side != null) {
        return side;
      }
    }
    return null;
  }

  private static final Set<String> CHAMBERS = Set.of("ventricle",
      "ventricular", "atrium", "atrial", "heart", "main", "bundle");

  private static boolean stops(Tokens tokens, int i) {
    String norm = tokens.norm(i);
    return Clauses.isBoundary(tokens, i) || ",".equals(norm) || "with".equals(norm);
  }

  private static String side(Tokens tokens, int i, int to) {
    if (tokens.kind(i) != Tokens.WORD) {
      return null;
    }
    if (i + 1 < to && CHAMBERS.contains(tokens.norm(i + 1))) {
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
