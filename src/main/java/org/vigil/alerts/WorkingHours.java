package org.vigil.alerts;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * When the trust's clinicians work ({@code vigil.alerts.working-hours}): the days, the hours of
 * each day in the trust's time zone, and the bank holidays. A category whose policy says
 * {@link OutOfHours#NEXT_WORKING_TIME} has its deadlines and escalations moved to the start of the
 * next working period when they would fall outside it, so a SIGNIFICANT finding does not wake a
 * clinical director at 3 a.m. on a Sunday; CRITICAL and URGENT keep the clock running.
 */
public record WorkingHours(ZoneId zone, Set<DayOfWeek> days, LocalTime start, LocalTime end,
    List<LocalDate> holidays) {

  static final WorkingHours DEFAULT = new WorkingHours(null, null, null, null, null);

  public WorkingHours {
    zone = zone == null ? ZoneId.of("Europe/London") : zone;
    days = days == null || days.isEmpty()
        ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : EnumSet.copyOf(days);
    start = start == null ? LocalTime.of(8, 0) : start;
    end = end == null ? LocalTime.of(18, 0) : end;
    holidays = holidays == null ? List.of() : List.copyOf(holidays);
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("vigil.alerts.working-hours.start (" + start
          + ") must be before vigil.alerts.working-hours.end (" + end + ")");
    }
  }

  public boolean isWorkingTime(Instant at) {
    ZonedDateTime local = at.atZone(zone);
    return isWorkingDay(local.toLocalDate()) && !local.toLocalTime().isBefore(start)
        && local.toLocalTime().isBefore(end);
  }

  /** {@code at} itself when it is working time, else the start of the next working period. */
  public Instant nextWorkingTime(Instant at) {
    if (isWorkingTime(at)) {
      return at;
    }
    ZonedDateTime local = at.atZone(zone);
    LocalDate day = local.toLocalDate();
    if (!isWorkingDay(day) || !local.toLocalTime().isBefore(start)) {
      day = day.plusDays(1);
    }
    for (int i = 0; i < 366 && !isWorkingDay(day); i++) {
      day = day.plusDays(1);
    }
    if (!isWorkingDay(day)) {
      throw new IllegalStateException("no working day within a year of " + at);
    }
    return day.atTime(start).atZone(zone).toInstant();
  }

  private boolean isWorkingDay(LocalDate day) {
    return days.contains(day.getDayOfWeek()) && !holidays.contains(day);
  }

  /** What a category's deadlines do outside working hours. */
  public enum OutOfHours {
    /** The clock runs and escalations fire at any hour (CRITICAL and URGENT by default). */
    ANY_TIME,
    /** A deadline or escalation that falls outside working hours waits for the next period. */
    NEXT_WORKING_TIME
  }
}
