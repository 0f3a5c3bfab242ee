package org.vigil.findings.text;

/** Length units and the separators between the numbers of one measurement. */
final class Units {

  private static final String[] UNITS = {
    "millimetres", "millimeters", "millimetre", "millimeter", "centimetres", "centimeters",
    "centimetre", "centimeter", "mm", "cm"
  };

  private Units() {}

  /** The end of a unit at {@code p}, or {@code p} when there is none. */
  static int end(String text, int p, int to) {
    for (String unit : UNITS) {
      int e = p + unit.length();
      if (e <= to && text.regionMatches(true, p, unit, 0, unit.length())
          && (e == to || !Character.isLetter(text.charAt(e)))) {
        return e;
      }
    }
    return p;
  }

  /** Millimetres per unit for the unit at {@code p} (which {@link #end} found). */
  static double factor(String text, int p) {
    char c = Character.toLowerCase(text.charAt(p));
    return c == 'c' ? 10 : 1;
  }

  /** The end of "x", "×", "*", "by", "-", "–", "to" at {@code p}, or -1. */
  static int separatorEnd(String text, int p, int to) {
    if (p >= to) {
      return -1;
    }
    char c = text.charAt(p);
    if (c == 'x' || c == 'X' || c == '\u00d7' || c == '*' || c == '-' || c == '\u2013') {
      return p + 1;
    }
    if (p + 2 <= to && (text.startsWith("by", p) || text.startsWith("to", p))
        && (p + 2 == to || !Character.isLetter(text.charAt(p + 2)))) {
      return p + 2;
    }
    return -1;
  }
}
