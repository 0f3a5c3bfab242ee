package org.vigil.turnaround.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * The breach forecast, as plain arithmetic (the page says the same in words):
 * <ol>
 *   <li>each modality's waiting exams are reported earliest-due first;
 *   <li>at the rate that modality reported at over recent weeks (final reports per day), the
 *       k-th waiting exam is expected to be reported k / rate days from now;
 *   <li>an exam whose expected report time is after its due time is predicted to breach; one
 *       already past due has breached;
 *   <li>reporting hours to clear the backlog = waiting exams / exams per reporting hour (a
 *       configured figure per modality); reporting hours per day to meet every target = the
 *       smallest daily rate that reports each waiting exam by its due time, plus the daily
 *       arrivals, divided by exams per reporting hour.
 * </ol>
 * New arrivals are assumed to be reported by capacity beyond the measured rate (they are not
 * queued ahead of the backlog): the forecast is optimistic when urgent work arrives in bulk.
 */
public final class ForecastModel {

  private ForecastModel() {}

  /** One modality's forecast. {@code daysToClear} is null when the backlog does not shrink. */
  public record ModalityForecast(String modality, long waiting, long alreadyBreached,
      long predictedBreaches, double arrivalsPerDay, double reportsPerDay,
      double hoursToClear, double hoursPerDayToMeetTargets, Double daysToClear) {}

  /** An exam predicted to breach (or already breached), with when it is expected to be reported. */
  public record AtRisk(WaitingExam exam, Instant expectedReportAt, boolean alreadyBreached) {

    /** No report expected within ten years at the recent rate (none reported lately). */
    public boolean neverAtCurrentRates() {
      return expectedReportAt.isAfter(exam.dueAt().plus(Duration.ofDays(3650)));
    }
  }

  public record Forecast(Instant madeAt, List<ModalityForecast> modalities, List<AtRisk> atRisk) {

    public long predictedBreaches() {
      return modalities.stream().mapToLong(ModalityForecast::predictedBreaches).sum();
    }

    public long alreadyBreached() {
      return modalities.stream().mapToLong(ModalityForecast::alreadyBreached).sum();
    }
  }

  public static Forecast forecast(Instant now, List<WaitingExam> waiting, Rates rates,
      ToDoubleFunction<String> examsPerHour) {
    Map<String, List<WaitingExam>> byModality = new TreeMap<>();
    for (WaitingExam exam : waiting) {
      byModality.computeIfAbsent(exam.modality(), k -> new ArrayList<>()).add(exam);
    }
    rates.reportsPerDay().keySet().forEach(m -> byModality.computeIfAbsent(m, k -> new ArrayList<>()));
    List<ModalityForecast> modalities = new ArrayList<>();
    List<AtRisk> atRisk = new ArrayList<>();
    byModality.forEach((modality, exams) -> modalities.add(
        modality(now, modality, exams, rates, examsPerHour.applyAsDouble(modality), atRisk)));
    atRisk.sort(Comparator.comparing((AtRisk r) -> r.exam().dueAt()));
    return new Forecast(now, modalities, atRisk);
  }

  private static ModalityForecast modality(Instant now, String modality, List<WaitingExam> exams,
      Rates rates, double examsPerHour, List<AtRisk> atRisk) {
    exams.sort(Comparator.comparing(WaitingExam::dueAt));
    double rate = rates.reports(modality);
    double arrivals = rates.arrivals(modality);
    long breached = 0;
    long predicted = 0;
    double neededPerDay = 0;
    for (int k = 0; k < exams.size(); k++) {
      WaitingExam exam = exams.get(k);
      boolean late = !exam.dueAt().isAfter(now);
      Instant expected = rate <= 0 ? Instant.MAX : now.plus(days((k + 1) / rate));
      if (late) {
        breached++;
        atRisk.add(new AtRisk(exam, expected, true));
        continue;
      }
      double daysLeft = Duration.between(now, exam.dueAt()).toMinutes() / 1440.0;
      neededPerDay = Math.max(neededPerDay, (k + 1) / Math.max(daysLeft, 1.0 / 24));
      if (expected.isAfter(exam.dueAt())) {
        predicted++;
        atRisk.add(new AtRisk(exam, expected, false));
      }
    }
    double net = rate - arrivals;
    Double daysToClear = exams.isEmpty() ? Double.valueOf(0) : net > 0 ? exams.size() / net : null;
    return new ModalityForecast(modality, exams.size(), breached, predicted, arrivals, rate,
        exams.size() / examsPerHour, (neededPerDay + arrivals) / examsPerHour, daysToClear);
  }

  private static Duration days(double days) {
    return Duration.ofSeconds((long) Math.min(days * 86_400, 1e12));
  }
}
