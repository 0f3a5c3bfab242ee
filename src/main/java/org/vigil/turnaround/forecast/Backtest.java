package org.vigil.turnaround.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.ToDoubleFunction;
import org.vigil.record.PatientClass;
import org.vigil.record.Priority;
import org.vigil.turnaround.dashboard.TargetLookup;
import org.vigil.turnaround.forecast.ForecastModel.AtRisk;
import org.vigil.turnaround.forecast.ForecastModel.Forecast;

/**
 * Checks the forecast against what happened: the forecast is made as if at an earlier moment
 * (only the exams and rates known then), and each exam it covered whose due time has since
 * passed is compared with its real outcome (reported by its due time or not).
 */
public final class Backtest {

  private Backtest() {}

  /** An examination's history as far as the backtest needs it. */
  public record HistoricExam(UUID id, String accession, String modality, Priority priority,
      PatientClass patientClass, String site, Instant performedAt, Instant finalAt,
      Instant cancelledAt) {}

  /** How the forecast made at {@code madeAt} did, for one modality or all. */
  public record Score(String modality, long waiting, long outcomeKnown, long predicted,
      long actual, long correct) {

    /** Of the exams predicted to breach, the share that did (NaN when none was predicted). */
    public double precision() {
      return predicted == 0 ? Double.NaN : (double) correct / predicted;
    }

    /** Of the exams that breached, the share that was predicted (NaN when none breached). */
    public double recall() {
      return actual == 0 ? Double.NaN : (double) correct / actual;
    }

    /** Predicted minus actual breaches. */
    public long countError() {
      return predicted - actual;
    }
  }

  public record Result(Instant madeAt, Instant checkedAt, Score overall, List<Score> modalities) {}

  public static Result run(List<HistoricExam> exams, Instant madeAt, Instant now, int rateWeeks,
      TargetLookup targets, ToDoubleFunction<String> examsPerHour) {
    Map<UUID, Instant> due = new HashMap<>();
    List<WaitingExam> waiting = new ArrayList<>();
    for (HistoricExam e : exams) {
      if (waitingAt(e, madeAt)) {
        Instant dueAt = e.performedAt().plus(targets.within(e.priority(), e.patientClass(),
            e.modality(), e.site()));
        due.put(e.id(), dueAt);
        waiting.add(new WaitingExam(e.id(), e.accession(), key(e.modality()), e.priority().name(),
            e.performedAt(), dueAt));
      }
    }
    Forecast forecast = ForecastModel.forecast(madeAt, waiting, rates(exams, madeAt, rateWeeks),
        examsPerHour);
    Set<UUID> predicted = new HashSet<>();
    for (AtRisk r : forecast.atRisk()) {
      if (!r.alreadyBreached()) {
        predicted.add(r.exam().id());
      }
    }
    Map<String, long[]> scores = new TreeMap<>();
    for (HistoricExam e : exams) {
      Instant dueAt = due.get(e.id());
      if (dueAt == null) {
        continue;
      }
      long[] s = scores.computeIfAbsent(key(e.modality()), k -> new long[5]);
      s[0]++;
      boolean known = dueAt.isAfter(madeAt) && !dueAt.isAfter(now)
          && (e.cancelledAt() == null || e.finalAt() != null);
      if (!known) {
        continue;
      }
      boolean breached = e.finalAt() == null || e.finalAt().isAfter(dueAt);
      boolean forecastBreach = predicted.contains(e.id());
      s[1]++;
      s[2] += forecastBreach ? 1 : 0;
      s[3] += breached ? 1 : 0;
      s[4] += breached && forecastBreach ? 1 : 0;
    }
    List<Score> modalities = new ArrayList<>();
    long[] all = new long[5];
    scores.forEach((modality, s) -> {
      modalities.add(new Score(modality, s[0], s[1], s[2], s[3], s[4]));
      for (int i = 0; i < 5; i++) {
        all[i] += s[i];
      }
    });
    return new Result(madeAt, now, new Score("all", all[0], all[1], all[2], all[3], all[4]),
        modalities);
  }

  /** Performed by then, and neither finally reported nor cancelled by then. */
  static boolean waitingAt(HistoricExam e, Instant at) {
    return e.performedAt() != null && !e.performedAt().isAfter(at)
        && (e.finalAt() == null || e.finalAt().isAfter(at))
        && (e.cancelledAt() == null || e.cancelledAt().isAfter(at));
  }

  /** Arrivals and final reports per day over the weeks before {@code at}. */
  static Rates rates(List<HistoricExam> exams, Instant at, int weeks) {
    Instant from = at.minus(Duration.ofDays(7L * weeks));
    Map<String, Double> arrivals = new HashMap<>();
    Map<String, Double> reports = new HashMap<>();
    double days = 7.0 * weeks;
    for (HistoricExam e : exams) {
      if (within(e.performedAt(), from, at)) {
        arrivals.merge(key(e.modality()), 1 / days, Double::sum);
      }
      if (within(e.finalAt(), from, at)) {
        reports.merge(key(e.modality()), 1 / days, Double::sum);
      }
    }
    return new Rates(arrivals, reports);
  }

  private static boolean within(Instant t, Instant from, Instant to) {
    return t != null && !t.isBefore(from) && t.isBefore(to);
  }

  static String key(String modality) {
    return modality == null || modality.isBlank() ? "?" : modality;
  }
}
