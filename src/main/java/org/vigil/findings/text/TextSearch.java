package org.vigil.findings.text;

/** Finds a phrase in a sentence, ignoring case and preferring a whole-word occurrence. */
public final class TextSearch {

  private TextSearch() {}

  /** The offset of {@code phrase} in {@code text}, or -1. */
  public static int find(String text, String phrase) {
    String p = phrase.strip();
    if (p.isEmpty()) {
      return -1;
    }
    int firstAny = -1;
    for (int i = 0; i + p.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, p, 0, p.length())) {
        if (wholeWord(text, i, i + p.length())) {
          return i;
        }
        if (firstAny < 0) {
          firstAny = i;
        }
      }
    }
    return firstAny;
  }

  private static boolean wholeWord(String text, int start, int end) {
    boolean before = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
    boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
    return before && after;
  }
}
