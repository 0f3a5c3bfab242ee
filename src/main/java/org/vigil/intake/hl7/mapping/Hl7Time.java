package org.vigil.intake.hl7.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HL7 DTM/TS values: YYYY[MM[DD[HH[MM[SS[.S...]]]]]][+/-ZZZZ]. Without an offset the time is in
 * the configured zone. Anything unreadable is "not stated" (null), never a guess.
 */
final class Hl7Time {

  private static final Pattern DTM = Pattern.compile(
      "(\\d{4})(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(?:\\.(\\d{1,4}))?([+-]\\d{4})?");

  private Hl7Time() {}

  static Instant instant(String value, ZoneId zone) {
    Matcher m = match(value);
    if (m == null || m.group(3) == null) {
      return null; // a year or month alone is not a usable time
    }
    try {
      LocalDateTime local = LocalDateTime.of(num(m, 1), num(m, 2), num(m, 3), num(m, 4), num(m, 5),
          num(m, 6), nanos(m.group(7)));
      ZoneId at = m.group(8) == null ? zone : ZoneOffset.of(m.group(8).substring(0, 3) + ":"
          + m.group(8).substring(3));
      return local.atZone(at).toInstant();
    } catch (RuntimeException invalid) {
      return null;
    }
  }

  static LocalDate date(String value) {
    Matcher m = match(value);
    if (m == null || m.group(3) == null) {
      return null;
    }
    try {
      return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
    } catch (RuntimeException invalid) {
      return null;
    }
  }

  private static Matcher match(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Matcher m = DTM.matcher(value.strip());
    return m.matches() ? m : null;
  }

  private static int num(Matcher m, int group) {
    return m.group(group) == null ? 0 : Integer.parseInt(m.group(group));
  }

  private static int nanos(String fraction) {
    if (fraction == null) {
      return 0;
    }
    return Integer.parseInt((fraction + "000000000").substring(0, 9));
  }
}
