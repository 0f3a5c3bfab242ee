package org.vigil.turnaround.dashboard;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The turnaround dashboard, gauges and forecast ({@code vigil.turnaround.dashboard.*}).
 *
 * @param zone where weeks and days begin
 * @param weeks how many weeks the charts show
 * @param refresh how often the aggregates read new record changes, and the gauges' cache age
 * @param settleTime record changes younger than this are read on the next pass (a transaction
 *     still committing has an older timestamp than its commit)
 * @param snapshotEvery how often the backlog size is kept for the "backlog over time" chart
 * @param examsPerReportingHour per modality, how many exams one radiologist reports in an hour
 *     (the forecast's staffing figure); {@code default} for modalities not listed
 * @param rateWeeks how many past weeks set the forecast's arrival and reporting rates
 */
@ConfigurationProperties("vigil.turnaround.dashboard")
public record DashboardProperties(
    @DefaultValue("Europe/London") ZoneId zone,
    @DefaultValue("12") int weeks,
    @DefaultValue("30s") Duration refresh,
    @DefaultValue("20s") Duration settleTime,
    @DefaultValue("1h") Duration snapshotEvery,
    Map<String, Double> examsPerReportingHour,
    @DefaultValue("4") int rateWeeks) {

  /** Typical reporting rates (exams per radiologist hour); each trust sets its own. */
  static final Map<String, Double> DEFAULT_RATES = Map.of("CT", 6.0, "MR", 3.0, "DX", 20.0,
      "CR", 20.0, "US", 6.0, "NM", 4.0, "MG", 10.0, "default", 8.0);

  public DashboardProperties {
    Map<String, Double> rates = new java.util.HashMap<>(DEFAULT_RATES);
    if (examsPerReportingHour != null) {
      rates.putAll(examsPerReportingHour);
    }
    examsPerReportingHour = Map.copyOf(rates);
    if (weeks < 1 || rateWeeks < 1 || refresh.isNegative() || refresh.isZero()) {
      throw new IllegalArgumentException(
          "vigil.turnaround.dashboard: weeks, rate-weeks and refresh must be positive");
    }
    examsPerReportingHour.forEach((modality, rate) -> {
      if (rate == null || rate <= 0) {
        throw new IllegalArgumentException("vigil.turnaround.dashboard.exams-per-reporting-hour."
            + modality + " must be positive, was " + rate);
      }
    });
  }

  /** Exams per reporting hour for {@code modality}. */
  public double examsPerHour(String modality) {
    Double rate = modality == null ? null : examsPerReportingHour.get(modality);
    return rate != null ? rate : examsPerReportingHour.getOrDefault("default", 8.0);
  }
}
