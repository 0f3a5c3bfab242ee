package org.vigil.findings.followup;

import java.util.Map;

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

  private static final Cue COMPOUND =
      Cue.of(
          "\\b(twenty|thirty|forty|fifty)[- ](one|two|three|four|five|six|seven|eight|nine)\\b",
          "twenty", "thirty", "forty", "fifty");
  private static final Cue WORD =
      Cue.of(
          "\\b(" + String.join("|", UNITS.keySet()) + ")\\b",
          UNITS.keySet().toArray(String[]::new));
  private static final Cue ARTICLE =
      Cue.of(
          "\\b(?:a|an|one)\\s+(?=(?:day|week|month|year|fortnight)\\b)",
          "day", "week", "month", "year", "fortnight");
  private static final Cue HALF = Cue.of("\\b(?:half a|half an|1/2) year\\b", "year");
  private static final Cue FORTNIGHT = Cue.of("\\b(\\d+ )?fortnights?\\b", "fortnight");

  private NumberWords() {}

  /** Lower-case text with number words, "a year", "half a year" and "fortnight" in digits. */
  static String digits(String lower) {
    String s = HALF.replaceAll(lower, m -> "6 months");
    s = COMPOUND.replaceAll(
        s, r -> String.valueOf(UNITS.get(r.group(1)) + UNITS.get(r.group(2))));
    s = WORD.replaceAll(s, m -> String.valueOf(UNITS.get(m.group(1))));
    s = ARTICLE.replaceAll(s, m -> "1 ");
    return FORTNIGHT.replaceAll(
            s,
            m ->
                m.group(1) == null
                    ? "2 weeks"
                    : (2 * Integer.parseInt(m.group(1).trim())) + " weeks");
  }
}
