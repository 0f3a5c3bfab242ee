package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trust's working week, in its own time zone (London: GMT in winter, BST in summer). */
class WorkingHoursTest {

  private final WorkingHours london = new WorkingHours(ZoneId.of("Europe/London"),
      EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(18, 0),
      List.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28")));

  @Test
  void aTimeWithinWorkingHoursStaysWhereItIs() {
    Instant tuesdayNoon = Instant.parse("2026-12-01T12:00:00Z");
    assertThat(london.nextWorkingTime(tuesdayNoon)).isEqualTo(tuesdayNoon);
  }

  @Test
  void anEveningMovesToEightTheNextMorning() {
    assertThat(london.nextWorkingTime(Instant.parse("2026-12-01T19:30:00Z")))
        .isEqualTo(Instant.parse("2026-12-02T08:00:00Z"));
  }

  @Test
  void anEarlyMorningMovesToEightTheSameDay() {
    assertThat(london.nextWorkingTime(Instant.parse("2026-12-02T03:00:00Z")))
        .isEqualTo(Instant.parse("2026-12-02T08:00:00Z"));
  }

  @Test
  void aSaturdayMovesToMondayMorning() {
    assertThat(london.nextWorkingTime(Instant.parse("2026-12-05T10:00:00Z")))
        .isEqualTo(Instant.parse("2026-12-07T08:00:00Z"));
  }

  @Test
  void christmasAndItsSubstituteBankHolidayAreSkipped() {
    // Thursday 24 December, evening: Friday 25 and Monday 28 are holidays
    assertThat(london.nextWorkingTime(Instant.parse("2026-12-24T18:30:00Z")))
        .isEqualTo(Instant.parse("2026-12-29T08:00:00Z"));
  }

  @Test
  void summerHoursAreLondonsNotUtcs() {
    // 07:30 UTC on a July Wednesday is 08:30 BST: already working time
    assertThat(london.isWorkingTime(Instant.parse("2026-07-15T07:30:00Z"))).isTrue();
    assertThat(london.nextWorkingTime(Instant.parse("2026-07-15T06:30:00Z")))
        .isEqualTo(Instant.parse("2026-07-15T07:00:00Z"));
  }

  @Test
  void aDayThatEndsBeforeItStartsStopsStartUpNamingTheEntry() {
    assertThatThrownBy(() -> new WorkingHours(null, null, LocalTime.of(18, 0), LocalTime.of(8, 0),
        null)).hasMessageContaining("vigil.alerts.working-hours.start");
  }
}
