package org.vigil.findings.followup;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the interval of a follow-up from its text. Explicit numbers win over words; the first
 * explicit interval counts ("CT at 6 and 12 months" is due at 6 months). Conversions: a month is 30
 * days and 12 months a year of 365 days; hours round up to whole days. Words: same day / today
 * 0-0; two-week wait 0-14; soon 0-28; short interval 0-90; annual / yearly 365. "Urgent", "ASAP",
 * "immediately" and "at the next clinic" state no days, only a note: the report gives a priority,
 * not a date, and the urgency is carried by the finding's alert category and the sentence.
 */
final class Intervals {

  private static final String NUM = "(\\d+(?:\\.\\d+)?)";
  private static final String UNIT =
      "(hours?|hrs?|days?|weeks?|wks?|months?|mths?|mos?|years?|yrs?|weekly|monthly|yearly)";
  private static final Pattern UK = Pattern.compile("(?<![\\d/.])(\\d{1,2})/(12|52|7)(?![\\d/])");
  private static final Pattern RANGE =
      Pattern.compile(
          "(between\\s+)?"
              + NUM
              + "\\s*"
              + UNIT
              + "?\\s*(-|to|or|and)\\s*"
              + NUM
              + "[\\s-]*"
              + UNIT
              + "\\b");
  private static final Pattern SINGLE =
      Pattern.compile(
          "(?:\\b(within|in|by|no later than|up to)\\s+)?(?:the next\\s+)?"
              + NUM
              + "[\\s-]*"
              + UNIT
              + "\\b");
  private static final Pattern ANNUAL =
      Pattern.compile("\\b(annual(ly)?|yearly|every year|once a year)\\b");
  private static final Pattern SAME_DAY = Pattern.compile("\\b(same[- ]day|today)\\b");
  private static final Pattern URGENT =
      Pattern.compile(
          "(?<!non-)(?<!non )(?<!not )\\b(urgent(ly)?|as soon as"
              + " possible|asap|immediate(ly)?|without delay|emergency|emergent(ly)?)\\b");
  private static final Pattern TWO_WEEK =
      Pattern.compile("\\b(2[- ]?week[- ]?wait|2ww|fast[- ]?track|suspected cancer pathway)\\b");
  private static final Pattern SOON =
      Pattern.compile("\\b(soon|shortly|early|promptly|near future)\\b");
  private static final Pattern SHORT = Pattern.compile("\\b(short[- ]interval|short[- ]term)\\b");
  private static final Pattern NEXT_CLINIC =
      Pattern.compile(
          "\\b(next|routine|forthcoming|upcoming)"
              + " (clinic|outpatient|appointment|visit|review|attendance)");

  private Intervals() {}

  static Interval read(String text) {
    String s = NumberWords.digits(text.toLowerCase(Locale.ROOT).replaceAll("[\u2010-\u2015]", "-"));
    if (TWO_WEEK.matcher(s).find()) { // "2 week wait" is a pathway, not "in 2 weeks"
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
    Matcher m = UK.matcher(s);
    return m.find() ? new Candidate(m.start(1), ukNotation(m)) : null;
  }

  private static Candidate range(String s) {
    Matcher m = RANGE.matcher(s);
    return m.find() ? new Candidate(m.start(2), range(m)) : null;
  }

  private static Candidate single(String s) {
    Matcher m = SINGLE.matcher(s);
    return m.find() ? new Candidate(m.start(2), single(m)) : null;
  }

  private static Optional<Interval> worded(String s) {
    if (SAME_DAY.matcher(s).find()) {
      return Optional.of(Interval.between(0, 0));
    }
    Matcher urgent = URGENT.matcher(s);
    if (urgent.find()) { // urgency, not a stated interval: see docs/findings-followups.md
      return Optional.of(new Interval(null, null, urgent.group(1)));
    }
    if (ANNUAL.matcher(s).find()) {
      return Optional.of(Interval.exactly(365));
    }
    if (SHORT.matcher(s).find()) {
      return Optional.of(Interval.between(0, 90));
    }
    if (SOON.matcher(s).find()) {
      return Optional.of(Interval.between(0, 28));
    }
    Matcher clinic = NEXT_CLINIC.matcher(s);
    return clinic.find()
        ? Optional.of(new Interval(null, null, "at the " + clinic.group()))
        : Optional.empty();
  }

  private static Interval ukNotation(Matcher m) {
    int n = Integer.parseInt(m.group(1));
    String unit =
        switch (m.group(2)) {
          case "12" -> "months";
          case "52" -> "weeks";
          default -> "days";
        };
    return Interval.exactly(days(n, unit));
  }

  private static Interval range(Matcher m) {
    String secondUnit = m.group(6);
    String firstUnit = m.group(3) == null ? secondUnit : m.group(3);
    int low = days(Double.parseDouble(m.group(2)), firstUnit);
    int high = days(Double.parseDouble(m.group(5)), secondUnit);
    boolean series = "and".equals(m.group(4)) && m.group(1) == null;
    return series
        ? Interval.exactly(low)
        : Interval.between(Math.min(low, high), Math.max(low, high));
  }

  private static Interval single(Matcher m) {
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
