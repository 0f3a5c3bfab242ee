package org.vigil.alerts.web;

import java.time.Duration;
import org.springframework.stereotype.Component;

/** Words for the alert pages ({@code @alertText} in templates). */
@Component("alertText")
class AlertText {

  /** "60 minutes", "24 hours", "3 days": the largest unit that keeps the number whole. */
  public String duration(Duration d) {
    if (d.compareTo(Duration.ofDays(2)) >= 0 && d.toHoursPart() == 0 && d.toMinutesPart() == 0) {
      return plural(d.toDays(), "day");
    }
    if (d.compareTo(Duration.ofHours(2)) >= 0 && d.toMinutesPart() == 0) {
      return plural(d.toHours(), "hour");
    }
    return plural(d.toMinutes(), "minute");
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
