package org.vigil.findings.followup;

/**
 * When a follow-up is due, in days from the report: {@code minDays}..{@code maxDays}. Both null
 * when the text gives no interval; {@code note} keeps a timing without days ("next clinic").
 */
record Interval(Integer minDays, Integer maxDays, String note) {

  static final Interval NONE = new Interval(null, null, null);

  static Interval between(int minDays, int maxDays) {
    return new Interval(minDays, maxDays, null);
  }

  static Interval exactly(int days) {
    return between(days, days);
  }

  boolean hasDays() {
    return maxDays != null;
  }

  /** "3 months", "6-12 months", "within 2 weeks": for explanations. */
  static String describe(Integer minDays, Integer maxDays) {
    if (maxDays == null) {
      return "no interval";
    }
    if (minDays == null || minDays == 0) {
      return maxDays == 0 ? "the same day" : "within " + humane(maxDays);
    }
    if (minDays.equals(maxDays)) {
      return "at " + humane(maxDays);
    }
    return "at " + humane(minDays) + " to " + humane(maxDays);
  }

  private static String humane(int days) {
    if (days >= 365 && days % 365 == 0) {
      return plural(days / 365, "year");
    }
    if (days >= 28 && days % 30 == 0) {
      return plural(days / 30, "month");
    }
    if (days >= 7 && days % 7 == 0) {
      return plural(days / 7, "week");
    }
    return plural(days, "day");
  }

  private static String plural(int n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
