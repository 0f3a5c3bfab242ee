package org.vigil.turnaround.dashboard;

/**
 * Turnaround times kept as counts in geometric bands of minutes (each band 10% wider than the
 * last), so weekly percentiles come from a few hundred counts instead of every exam. A percentile
 * read from the bands is the band's midpoint: within 5% of the true value, stated on the page.
 */
public final class TurnaroundBuckets {

  private static final double GROWTH = 1.10;
  private static final double LOG_GROWTH = Math.log(GROWTH);

  /** The last band holds everything above about 3 years. */
  public static final int LAST = 160;

  private TurnaroundBuckets() {}

  /** The band of a turnaround of {@code minutes} (0 and below: band 0). */
  public static int bucket(long minutes) {
    if (minutes <= 1) {
      return 0;
    }
    return (int) Math.min(LAST, Math.floor(Math.log(minutes) / LOG_GROWTH));
  }

  /** The lower edge of a band, in minutes. */
  static double lower(int bucket) {
    return bucket == 0 ? 0 : Math.pow(GROWTH, bucket);
  }

  /** A band's representative value (its geometric middle), in hours. */
  public static double hours(int bucket) {
    double mid = bucket == 0 ? 0.5 : Math.pow(GROWTH, bucket + 0.5);
    return mid / 60.0;
  }

  /**
   * The {@code p}-th percentile (0..1) of a histogram ({@code counts[bucket]}), in hours; NaN when
   * it is empty.
   */
  public static double percentile(long[] counts, double p) {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    if (total == 0) {
      return Double.NaN;
    }
    long rank = (long) Math.ceil(p * total);
    long seen = 0;
    for (int b = 0; b < counts.length; b++) {
      seen += counts[b];
      if (seen >= rank && counts[b] > 0) {
        return hours(b);
      }
    }
    return hours(counts.length - 1);
  }
}
