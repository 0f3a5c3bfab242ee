package org.vigil.intake.hl7.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class Hl7TimeTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Test
  void readsTimesWithoutOffsetInTheConfiguredZone() {
    assertThat(Hl7Time.instant("20250701120000", LONDON)).isEqualTo(Instant.parse("2025-07-01T11:00:00Z"));
    assertThat(Hl7Time.instant("202501011230", LONDON)).isEqualTo(Instant.parse("2025-01-01T12:30:00Z"));
  }

  @Test
  void honoursAnExplicitOffsetAndFractions() {
    assertThat(Hl7Time.instant("20250101123000.25+0100", LONDON))
        .isEqualTo(Instant.parse("2025-01-01T11:30:00.250Z"));
  }

  @Test
  void treatsUnreadableOrPartialTimesAsNotStated() {
    assertThat(Hl7Time.instant("2025", LONDON)).isNull();
    assertThat(Hl7Time.instant("yesterday", LONDON)).isNull();
    assertThat(Hl7Time.instant("20251345", LONDON)).isNull();
    assertThat(Hl7Time.instant(null, LONDON)).isNull();
  }

  @Test
  void readsBirthDatesWithOrWithoutTime() {
    assertThat(Hl7Time.date("19320202000000")).isEqualTo(LocalDate.of(1932, 2, 2));
    assertThat(Hl7Time.date("19600101")).isEqualTo(LocalDate.of(1960, 1, 1));
    assertThat(Hl7Time.date("1960")).isNull();
  }
}
