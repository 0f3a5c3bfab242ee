package org.vigil.findings.followup;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;

/**
 * Reads the interval of a follow-up from its text. Explicit numbers win over words; the first
 * explicit interval counts ("CT at 6 and 12 months" is due at 6 months). Conversions: a month is 30
 * days and 12 months a year of 365 days; hours round up to whole days. Words: same day / today
 * 0-0; two-week wait 0-14; soon 0-28; short interval 0-90; annual / yearly 365. "Urgent", "ASAP",
 * "without delay" are 0-1 day and "immediately", "emergency" 0-0 (AoMRC/RCR 2022: URGENT means
 * action within hours, the same day), keeping the word as the interval's note; "at the next
 * clinic" states no days, only a note. An explicit number always wins.
 */
final class Intervals {

  private static final String NUM = "(\\d+(?:\\.\\d+)?)";
  private static final String UNIT =
      "(hours?|hrs?|days?|weeks?|wks?|months?|mths?|mos?|years?|yrs?|weekly|monthly|yearly)";
  private static final Cue UK = Cue.of("(?<![\\d/.])(\\d{1,2})/(12|52|7)(?![\\d/])", "/");
  private static final Cue RANGE =
      Cue.of(
          "(between\\s+)?"
              + NUM
              + "\\s*"
              + UNIT
              + "?\\s*(-|to|or|and)\\s*"
              + NUM
              + "[\\s-]*"
              + UNIT
              + "\\b",
          Cue.DIGITS);
  private static final Cue SINGLE =
      Cue.of(
          "(?:\\b(within|in|by|no later than|up to)\\s+)?(?:the next\\s+)?"
              + NUM
              + "[\\s-]*"
              + UNIT
              + "\\b",
          Cue.DIGITS);
  private static final Cue ANNUAL =
      Cue.of("\\b(annual(ly)?|yearly|every year|once a year)\\b", "annual", "year");
  private static final Cue SAME_DAY = Cue.of("\\b(same[- ]day|today)\\b", "same", "today");
  private static final Cue URGENT =
      Cue.of(
          "(?<!non-)(?<!non )(?<!not )\\b(urgent(ly)?|as soon as"
              + " possible|asap|immediate(ly)?|without delay|emergency|emergent(ly)?)\\b",
          "urgent", "as soon as possible", "asap", "immediate", "without delay", "emergen");
  private static final Cue TWO_WEEK =
      Cue.of(
          "\\b(2[- ]?week[- ]?wait|2ww|fast[- ]?track|suspected cancer pathway)\\b",
          "week", "2ww", "fast", "suspected cancer pathway");
  private static final Cue SOON =
      Cue.of(
          "\\b(soon|shortly|early|promptly|near future)\\b",
          "soon", "short", "early", "prompt", "near future");
  private static final Cue SHORT =
      Cue.of("\\b(short[- ]interval|short[- ]term)\\b", "short");
  private static final Cue NEXT_CLINIC =
      Cue.of(
          "\\b(next|routine|forthcoming|upcoming)"
              + " (clinic|outpatient|appointment|visit|review|attendance)",
          "next", "routine", "forthcoming", "upcoming");
  private static final Cue DASHES =
      Cue.of("[\u2010-\u2015]", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015");

  private Intervals() {}

  static Interval read(String text) {
    String s = NumberWords.digits(DASHES.replaceAll(text.toLowerCase(Locale.ROOT), m -> "-"));
    if (TWO_WEEK.in(s)) { // "2 week wait" is a pathway, not "in 2 weeks"
      return Interval.between(0, 14);
    }
    return explicit(s).or(() -> worded(s)).orElse(Interval.NONE);
  }

  /** The explicit interval that starts first in the text. */
  private static Optional<Interval> explicit(String s) {
    Optional<Interval> best = Optional.empty();
    int bestAt = Integer.MAX_VALUE;
    for (Candidate c : new Candidate[] {uk(s), range(s), single(s)}) {
      if (c != null && c.at() < bestAt) {
        best = Optional.of(c.interval());
        bestAt = c.at();
      }
    }
    return best;
  }

  private record Candidate(int at, Interval interval) {}

  private static Candidate uk(String s) {
    return UK.first(s).map(m -> new Candidate(m.start(1), ukNotation(m))).orElse(null);
  }

  private static Candidate range(String s) {
    return RANGE.first(s).map(m -> new Candidate(m.start(2), range(m))).orElse(null);
  }

  private static Candidate single(String s) {
    return SINGLE.first(s).map(m -> new Candidate(m.start(2), single(m))).orElse(null);
  }

  private static Optional<Interval> worded(String s) {
    if (SAME_DAY.in(s)) {
      return Optional.of(Interval.between(0, 0));
    }
    Optional<MatchResult> urgent = URGENT.first(s);
    if (urgent.isPresent()) { // a priority word read as its interval: docs/findings-followups.md
      String word = urgent.get().group(1).toLowerCase(Locale.ROOT);
      boolean now = word.startsWith("immediate") || word.startsWith("emergen");
      return Optional.of(new Interval(0, now ? 0 : 1, word));
    }
    if (ANNUAL.in(s)) {
      return Optional.of(Interval.exactly(365));
    }
    if (SHORT.in(s)) {
      return Optional.of(Interval.between(0, 90));
    }
    if (SOON.in(s)) {
      return Optional.of(Interval.between(0, 28));
    }
    return NEXT_CLINIC.first(s).map(clinic -> new Interval(null, null, "at the " + clinic.group()));
  }

  private static Interval ukNotation(MatchResult m) {
    int n = Integer.parseInt(m.group(1));
    String unit =
        switch (m.group(2)) {
          case "12" -> "months";
          case "52" -> "weeks";
          default -> "days";
        };
    return Interval.exactly(days(n, unit));
  }

  private static Interval range(MatchResult m) {
    String secondUnit = m.group(6);
    String firstUnit = m.group(3) == null ? secondUnit : m.group(3);
    int low = days(Double.parseDouble(m.group(2)), firstUnit);
    int high = days(Double.parseDouble(m.group(5)), secondUnit);
    boolean series = "and".equals(m.group(4)) && m.group(1) == null;
    return series
        ? Interval.exactly(low)
        : Interval.between(Math.min(low, high), Math.max(low, high));
  }

  private static Interval single(MatchResult m) {
    int days = days(Double.parseDouble(m.group(2)), m.group(3));
    String lead = m.group(1);
    boolean upTo = lead != null && !lead.equals("in");
    return upTo ? Interval.between(0, days) : Interval.exactly(days);
  }

  static int days(double n, String unit) {
    char u = unit.charAt(0);
    if (u == 'h') {
      return (int) Math.ceil(n / 24);
    }
    if (u == 'd') {
      return (int) Math.round(n);
    }
    if (u == 'w') {
      return (int) Math.round(n * 7);
    }
    if (u == 'y') {
      return (int) Math.round(n * 365);
    }
    boolean wholeYears = n >= 12 && n % 12 == 0;
    return (int) Math.round(wholeYears ? n / 12 * 365 : n * 30);
  }
}
