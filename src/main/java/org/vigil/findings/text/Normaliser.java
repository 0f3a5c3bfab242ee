package org.vigil.findings.text;

/**
 * Folds a word so that spelling variants meet: lower case, apostrophes dropped, British and US
 * spelling (ae/oe to e, -our to -or, "iz" to "is" as in -ise/-ize) and simple plurals (-sses,
 * -ches, -shes, -xes, -ies, -s). The same fold is applied to the text and to the knowledge base,
 * so a fold only has to be consistent, never linguistically perfect. One pass over a char array:
 * this runs for every word of every report.
 */
public final class Normaliser {

  private Normaliser() {}

  /** Normalises the word text[start, end). */
  public static String word(CharSequence text, int start, int end) {
    char[] b = new char[end - start];
    int n = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c != '\'' && c != '\u2019') {
        b[n++] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
      }
    }
    if (n > 4) {
      n = foldSpelling(b, n);
    }
    n = foldPlural(b, n);
    if (n > 5 && b[n - 3] == 'o' && b[n - 2] == 'u' && b[n - 1] == 'r') {
      b[n - 2] = 'r';
      n--;
    }
    return new String(b, 0, n);
  }

  public static String word(String w) {
    return word(w, 0, w.length());
  }

  /** ae/oe to e ("haem" to "hem", "oedema" to "edema"); "iz" to "is" in longer words. */
  private static int foldSpelling(char[] b, int n) {
    boolean longWord = n > 5;
    int w = 0;
    for (int r = 0; r < n; r++) {
      char c = b[r];
      if ((c == 'a' || c == 'o') && r + 1 < n && b[r + 1] == 'e') {
        continue;
      }
      if (c == 'z' && longWord && w > 0 && b[w - 1] == 'i') {
        c = 's';
      }
      b[w++] = c;
    }
    return w;
  }

  private static int foldPlural(char[] b, int n) {
    if (n <= 3 || b[n - 1] != 's') {
      return n;
    }
    char before = b[n - 2];
    if (before == 's' || before == 'u' || before == 'i' || before == 'a' || before == 'y') {
      return n;
    }
    if (endsWith(b, n, "sses") || endsWith(b, n, "ches") || endsWith(b, n, "shes")
        || endsWith(b, n, "xes")) {
      return n - 2;
    }
    if (n > 4 && endsWith(b, n, "ies")) {
      b[n - 3] = 'y';
      return n - 2;
    }
    return n - 1;
  }

  private static boolean endsWith(char[] b, int n, String suffix) {
    int offset = n - suffix.length();
    if (offset < 0) {
      return false;
    }
    for (int i = 0; i < suffix.length(); i++) {
      if (b[offset + i] != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
