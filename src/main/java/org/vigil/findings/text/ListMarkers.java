package org.vigil.findings.text;

/** List item markers at the start of a line or sentence: "-", "*", "•", "1.", "2)", "(3)", "a)". */
final class ListMarkers {

  private ListMarkers() {}

  /** The end of the marker starting at {@code p}, or -1 when there is none. */
  static int end(String text, int p, int end) {
    if (p >= end) {
      return -1;
    }
    char c = text.charAt(p);
    if (c == '-' || c == '*' || c == '\u2022' || c == '\u00b7' || c == '\u2013' || c == '>') {
      return spaceAfter(text, p + 1, end);
    }
    if (c == '(') {
      int q = p + 1;
      while (q < end && q - p <= 3 && Character.isLetterOrDigit(text.charAt(q))) {
        q++;
      }
      return q > p + 1 && q < end && text.charAt(q) == ')' ? spaceAfter(text, q + 1, end) : -1;
    }
    if (Character.isDigit(c)) {
      int q = p;
      while (q < end && q - p < 2 && Character.isDigit(text.charAt(q))) {
        q++;
      }
      return closesItem(text, q, end) ? spaceAfter(text, q + 1, end) : -1;
    }
    if (c >= 'a' && c <= 'h' && p + 1 < end && text.charAt(p + 1) == ')') {
      return spaceAfter(text, p + 2, end);
    }
    return -1;
  }

  private static boolean closesItem(String text, int q, int end) {
    if (q >= end) {
      return false;
    }
    char c = text.charAt(q);
    return c == ')' || (c == '.' && (q + 1 >= end || !Character.isDigit(text.charAt(q + 1))));
  }

  private static int spaceAfter(String text, int q, int end) {
    if (q >= end) {
      return q;
    }
    return Character.isWhitespace(text.charAt(q)) ? q : -1;
  }
}
