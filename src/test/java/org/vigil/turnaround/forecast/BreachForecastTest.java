package org.vigil.turnaround.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.record.PatientClass;
import org.vigil.record.Priority;
import org.vigil.turnaround.dashboard.TargetLookup;
import org.vigil.turnaround.forecast.Backtest.HistoricExam;
import org.vigil.turnaround.forecast.ForecastModel.Forecast;
import org.vigil.turnaround.forecast.ForecastModel.ModalityForecast;

class BreachForecastTest {

  static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

  /** Every exam must be reported within 2 days. */
  static final TargetLookup TWO_DAYS = new TargetLookup() {
    @Override
    public Duration within(Priority p, PatientClass c, String modality, String site) {
      return Duration.ofDays(2);
    }

    @Override
    public String setting(Priority p, PatientClass c) {
      return "OUTPATIENT";
    }
  };

  @Test
  void examsWhoseTurnComesAfterTheirTargetArePredictedToBreachEarliestDueFirst() {
    // 10 MR exams due in 1..10 days, MR reported at 2 a day: the k-th is reported at k/2 days
    List<WaitingExam> waiting = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      waiting.add(waiting("MR", NOW.plus(Duration.ofDays(i))));
    }
    waiting.add(waiting("MR", NOW.minus(Duration.ofHours(1)))); // already past target
    Forecast forecast = ForecastModel.forecast(NOW, waiting,
        new Rates(Map.of("MR", 1.0), Map.of("MR", 2.0)), m -> 3.0);

    ModalityForecast mr = forecast.modalities().get(0);
    assertThat(mr.waiting()).isEqualTo(11);
    assertThat(mr.alreadyBreached()).isEqualTo(1);
    // the overdue one goes first; exam due in i days is k = i + 1 -> (i + 1) / 2 days > i? never
    assertThat(mr.predictedBreaches()).isZero();
    assertThat(mr.hoursToClear()).isEqualTo(11 / 3.0);
    assertThat(mr.daysToClear()).isEqualTo(11 / (2.0 - 1.0));

    Forecast slower = ForecastModel.forecast(NOW, waiting,
        new Rates(Map.of("MR", 1.0), Map.of("MR", 0.5)), m -> 3.0);
    // at 0.5 a day the exam due in i days is reported at 2(i + 1) days: all 10 breach
    assertThat(slower.predictedBreaches()).isEqualTo(10);
    assertThat(slower.modalities().get(0).daysToClear()).isNull(); // arrivals outpace reports
  }

  @Test
  void theBacktestScoresTheForecastAgainstWhatHappenedOnGeneratedData() {
    List<HistoricExam> exams = generated(new Random(7), 0.8);
    Instant madeAt = NOW.minus(Duration.ofDays(7));

    Backtest.Result result = Backtest.run(exams, madeAt, NOW, 4, TWO_DAYS, m -> 6.0);

    assertThat(result.overall().waiting()).isPositive();
    assertThat(result.overall().outcomeKnown()).isPositive();
    assertThat(result.overall().actual()).isPositive(); // capacity below arrivals: breaches
    assertThat(result.overall().predicted()).isPositive();
    assertThat(result.overall().correct()).isLessThanOrEqualTo(result.overall().predicted());
    assertThat(result.overall().recall()).isBetween(0.0, 1.0);
    System.out.printf("generated backtest: waiting %d, known %d, predicted %d, breached %d, "
            + "correct %d, precision %.2f, recall %.2f%n", result.overall().waiting(),
        result.overall().outcomeKnown(), result.overall().predicted(), result.overall().actual(),
        result.overall().correct(), result.overall().precision(), result.overall().recall());
  }

  @Test
  void aBacktestWithNoBreachesPredictsNoneWhenCapacityIsAmple() {
    List<HistoricExam> exams = generated(new Random(11), 3.0);
    Backtest.Result result = Backtest.run(exams, NOW.minus(Duration.ofDays(7)), NOW, 4,
        TWO_DAYS, m -> 6.0);
    assertThat(result.overall().actual()).isZero();
    assertThat(result.overall().predicted()).isZero();
    assertThat(result.overall().countError()).isZero();
  }

  /**
   * Eight weeks of CT: 20 exams performed a day, reported first come first served by a service
   * that reports {@code capacity} times the arrival rate.
   */
  static List<HistoricExam> generated(Random random, double capacity) {
    List<HistoricExam> exams = new ArrayList<>();
    Instant start = NOW.minus(Duration.ofDays(56));
    double perDay = 20;
    double reportEvery = 86_400 / (perDay * capacity);
    Instant reporterFree = start;
    for (Instant t = start; t.isBefore(NOW); ) {
      t = t.plusSeconds((long) (-Math.log(1 - random.nextDouble()) * 86_400 / perDay));
      Instant finalAt = (reporterFree.isAfter(t) ? reporterFree : t)
          .plusSeconds((long) reportEvery);
      reporterFree = finalAt;
      exams.add(new HistoricExam(UUID.randomUUID(), "G" + exams.size(), "CT", Priority.ROUTINE,
          PatientClass.OUTPATIENT, "RX1", t, finalAt.isAfter(NOW) ? null : finalAt, null));
    }
    return exams;
  }

  private static WaitingExam waiting(String modality, Instant due) {
    return new WaitingExam(UUID.randomUUID(), "A", modality, "ROUTINE", due.minus(Duration.ofDays(2)),
        due);
  }
}
