package org.vigil.findings.followup;

import java.util.Locale;
import java.util.regex.Matcher;
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
    Matcher matcher = wholeWords(phrase).matcher(lower);
    while (matcher.find()) {
      String before = lower.substring(Math.max(0, matcher.start() - 30), matcher.start());
      if (!DENIAL.matcher(before).find()) {
        return true;
      }
    }
    return false;
  }

  private static Pattern wholeWords(String phrase) {
    String quoted = Pattern.quote(phrase.toLowerCase(Locale.ROOT));
    return Pattern.compile("(?<![\\w-])" + quoted + "(?![\\w-])");
  }
}
