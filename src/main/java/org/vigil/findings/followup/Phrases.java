package org.vigil.findings.followup;

import java.util.Locale;
import java.util.regex.Pattern;

/** Whole-word phrase lookup that ignores a phrase denied just before it ("no solid component"). */
final class Phrases {

  private static final Pattern DENIAL =
      Pattern.compile("(?:\\b(?:no|not|without|nor|absent)\\b[\\w\\s-]{0,20}|\\bnon-?)$");

  private Phrases() {}

  /** True when {@code phrase} occurs in {@code text} as whole words and is not denied. */
  static boolean affirmedIn(String phrase, String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    String wanted = phrase.toLowerCase(Locale.ROOT);
    int at = lower.indexOf(wanted);
    while (at >= 0) {
      int end = at + wanted.length();
      if (!partOfWord(lower, at - 1) && !partOfWord(lower, end)) {
        String before = lower.substring(Math.max(0, at - 30), at);
        if (!DENIAL.matcher(before).find()) {
          return true;
        }
        at = lower.indexOf(wanted, end > at ? end : at + 1); // as a regex search goes on
      } else {
        at = lower.indexOf(wanted, at + 1);
      }
    }
    return false;
  }

  /** A word character or hyphen at {@code i}: "(?<![\\w-])" and "(?![\\w-])" in a pattern. */
  private static boolean partOfWord(String s, int i) {
    if (i < 0 || i >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
        || c == '-';
  }
}
