package org.vigil.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * How pages show times, dates and NHS numbers (templates call it as {@code @display}): local time
 * with its zone, and NHS numbers spaced 3-3-4 as the NHS common user interface asks.
 */
@Component("display")
public class ClinicalDisplay {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  private final DateTimeFormatter dateTime;

  ClinicalDisplay(WebProperties properties) {
    this.dateTime = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm z", Locale.UK)
        .withZone(properties.timeZone());
  }

  public String time(Instant instant) {
    return instant == null ? "—" : dateTime.format(instant);
  }

  public String date(LocalDate date) {
    return date == null ? "—" : DATE.format(date);
  }

  public String nhs(String nhsNumber) {
    if (nhsNumber == null || nhsNumber.length() != 10) {
      return nhsNumber == null ? "—" : nhsNumber;
    }
    return nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " "
        + nhsNumber.substring(6);
  }

  /** The Bootstrap badge colour for an examination or report status. */
  public String badge(Enum<?> status) {
    if (status == null) {
      return "text-bg-light";
    }
    return switch (status.name()) {
      case "REPORTED", "FINAL" -> "text-bg-success";
      case "PRELIMINARY_REPORTED", "PRELIMINARY" -> "text-bg-warning";
      case "CORRECTED" -> "text-bg-danger";
      case "ADDENDUM", "SCHEDULED" -> "text-bg-info";
      case "IN_PROGRESS", "PERFORMED" -> "text-bg-primary";
      case "CANCELLED", "DISCONTINUED" -> "text-bg-light border";
      default -> "text-bg-secondary";
    };
  }

  /** Enum names as words: TWO_WEEK_WAIT becomes "Two week wait". */
  public String words(Enum<?> value) {
    if (value == null) {
      return "—";
    }
    String text = value.name().replace('_', ' ').toLowerCase(Locale.UK);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
