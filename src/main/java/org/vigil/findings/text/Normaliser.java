package org.vigil.findings.text;

/**
 * Folds a word so that spelling variants meet: lower case, apostrophes dropped, British and US
 * spelling (ae/oe to e, -our to -or, -ise to -ize style "iz" to "is") and simple plurals
 * (-sses, -ches, -shes, -xes, -ies, -s). The same fold is applied to the text and to the
 * knowledge base, so a fold only has to be consistent, never linguistically perfect.
 */
public final class Normaliser {

  private Normaliser() {}

  /** Normalises the word text[start, end). */
  public static String word(CharSequence text, int start, int end) {
    StringBuilder b = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '\u2019') {
        continue;
      }
      b.append(Character.toLowerCase(c));
    }
    foldSpelling(b);
    foldPlural(b);
    foldOur(b);
    return b.toString();
  }

  public static String word(String w) {
    return word(w, 0, w.length());
  }

  private static void foldSpelling(StringBuilder b) {
    for (int i = 0; i + 1 < b.length(); i++) {
      char c = b.charAt(i);
      char next = b.charAt(i + 1);
      if ((c == 'a' || c == 'o') && next == 'e' && b.length() > 4) {
        b.deleteCharAt(i);
      } else if (c == 'i' && next == 'z' && b.length() > 5) {
        b.setCharAt(i + 1, 's');
      }
    }
  }

  private static void foldPlural(StringBuilder b) {
    int n = b.length();
    if (n <= 3 || b.charAt(n - 1) != 's') {
      return;
    }
    char before = b.charAt(n - 2);
    if (before == 's' || before == 'u' || before == 'i' || before == 'a' || before == 'y') {
      return;
    }
    if (endsWith(b, "sses") || endsWith(b, "ches") || endsWith(b, "shes") || endsWith(b, "xes")) {
      b.setLength(n - 2);
    } else if (endsWith(b, "ies") && n > 4) {
      b.setLength(n - 3);
      b.append('y');
    } else {
      b.setLength(n - 1);
    }
  }

  private static void foldOur(StringBuilder b) {
    int n = b.length();
    if (n > 5 && endsWith(b, "our")) {
      b.deleteCharAt(n - 2);
    }
  }

  private static boolean endsWith(StringBuilder b, String suffix) {
    int offset = b.length() - suffix.length();
    if (offset < 0) {
      return false;
    }
    for (int i = 0; i < suffix.length(); i++) {
      if (b.charAt(offset + i) != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
