package org.vigil.findings.followup;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns number words in a time phrase into digits: "three months" -> "3 months". */
final class NumberWords {

  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("eighteen", 18),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50));

  private static final Pattern COMPOUND =
      Pattern.compile(
          "\\b(twenty|thirty|forty|fifty)[- ](one|two|three|four|five|six|seven|eight|nine)\\b");
  private static final Pattern WORD =
      Pattern.compile("\\b(" + String.join("|", UNITS.keySet()) + ")\\b");
  private static final Pattern ARTICLE =
      Pattern.compile("\\b(?:a|an|one)\\s+(?=(?:day|week|month|year|fortnight)\\b)");
  private static final Pattern HALF = Pattern.compile("\\b(?:half a|half an|1/2) year\\b");
  private static final Pattern FORTNIGHT = Pattern.compile("\\b(\\d+ )?fortnights?\\b");

  private NumberWords() {}

  /** Lower-case text with number words, "a year", "half a year" and "fortnight" in digits. */
  static String digits(String lower) {
    String s = HALF.matcher(lower).replaceAll("6 months");
    s = replaceCompounds(s);
    s = WORD.matcher(s).replaceAll(m -> String.valueOf(UNITS.get(m.group(1))));
    s = ARTICLE.matcher(s).replaceAll("1 ");
    return FORTNIGHT
        .matcher(s)
        .replaceAll(
            m ->
                m.group(1) == null
                    ? "2 weeks"
                    : (2 * Integer.parseInt(m.group(1).trim())) + " weeks");
  }

  private static String replaceCompounds(String s) {
    Matcher m = COMPOUND.matcher(s);
    return m.replaceAll(r -> String.valueOf(UNITS.get(r.group(1)) + UNITS.get(r.group(2))));
  }
}
