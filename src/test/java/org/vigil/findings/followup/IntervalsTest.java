package org.vigil.findings.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalsTest {

  @ParameterizedTest(name = "\"{0}\" is due at {1}-{2} days")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          Follow-up CT in 3 months                          | 90   | 90
          Repeat CT in 3-6 months                           | 90   | 180
          Repeat CT in 3 to 6 months                        | 90   | 180
          CT in 3–6 months                                  | 90   | 180
          CT between 3 and 6 months                         | 90   | 180
          CT at 6-12 months                                 | 180  | 365
          Repeat CT in 1 year                               | 365  | 365
          Repeat ultrasound in a year                       | 365  | 365
          Annual surveillance ultrasound                    | 365  | 365
          Yearly review                                     | 365  | 365
          Repeat chest X-ray in 6 weeks                     | 42   | 42
          Repeat chest X-ray in six weeks                   | 42   | 42
          Repeat ultrasound in 2 weeks                      | 14   | 14
          Repeat CT in three months                         | 90   | 90
          Repeat CT in twenty-four months                   | 730  | 730
          Follow-up CT at 12 months                         | 365  | 365
          Review in 12/12                                   | 365  | 365
          Repeat CT in 3/12                                 | 90   | 90
          Repeat radiograph in 6/52                         | 42   | 42
          Review in 2/7                                     | 2    | 2
          MRI within 48 hours                               | 0    | 2
          Repeat film in 24 hours                           | 1    | 1
          MRI within 2 weeks                                | 0    | 14
          Ultrasound within the next 3 months               | 0    | 90
          Urgent CT recommended                             | 0    | 1
          CT should be performed urgently                   | 0    | 1
          MRI as soon as possible                           | 0    | 1
          Immediate neurosurgical discussion                | 0    | 0
          Same day ultrasound                               | 0    | 0
          Refer on the two week wait pathway                | 0    | 14
          Repeat ultrasound soon                            | 0    | 28
          Short interval follow-up CT                       | 0    | 90
          Follow-up at 6 and 12 months                      | 180  | 180
          CT in 3 or 6 months                               | 90   | 180
          6-monthly ultrasound surveillance                 | 180  | 180
          Repeat CT in 18 months                            | 540  | 540
          Repeat in a fortnight                             | 14   | 14
          Ultrasound in half a year                         | 180  | 180
          Review at the next clinic                         | null | null
          Recommend CT chest                                | null | null
          """)
  void readsTheIntervalOfAFollowUp(String text, Integer min, Integer max) {
    Interval interval = Intervals.read(text);
    assertThat(interval.minDays()).isEqualTo(min);
    assertThat(interval.maxDays()).isEqualTo(max);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Review at the next clinic appointment | at the next clinic
          CT at the next outpatient visit       | at the next outpatient
          """)
  void keepsANextClinicTimingAsANoteWithoutDays(String text, String note) {
    assertThat(Intervals.read(text).note()).isEqualTo(note);
    assertThat(Intervals.read(text).hasDays()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Compared with the study of 12/03/2024 CT in 3 months | 90
          A 5-6 mm nodule; CT in 12 months                     | 365
          """)
  void ignoresDatesAndMeasurementsWhenReadingAnInterval(String text, int days) {
    assertThat(Intervals.read(text).maxDays()).isEqualTo(days);
  }

  @Test
  void urgentAdviceIsWithinADayAndImmediateTheSameDayKeepingTheWordAsANote() {
    Interval urgent = Intervals.read("Urgent neurosurgical referral advised");
    assertThat(urgent.minDays()).isZero();
    assertThat(urgent.maxDays()).isEqualTo(1);
    assertThat(urgent.note()).isEqualTo("urgent");
    assertThat(Intervals.read("Immediate neurosurgical discussion").maxDays()).isZero();
    assertThat(Intervals.read("Urgent CT within 48 hours").maxDays()).isEqualTo(2);
    assertThat(Intervals.read("Non-urgent outpatient review").hasDays()).isFalse();
  }
}
