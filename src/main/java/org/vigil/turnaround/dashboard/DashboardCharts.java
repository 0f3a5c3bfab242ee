package org.vigil.turnaround.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.vigil.turnaround.dashboard.TurnaroundDashboard.BacklogSeries;
import org.vigil.turnaround.dashboard.TurnaroundDashboard.ModalityBacklog;
import org.vigil.turnaround.dashboard.TurnaroundDashboard.Turnaround;

/**
 * The dashboard's chart data, as the page's script reads it ({@code /turnaround/dashboard/charts}).
 * Hours are rounded to 0.1; a group with nothing reported has null percentiles (no point drawn).
 */
public record DashboardCharts(Series weeks, Series modality, Series priority, Series setting,
    Backlog backlog, Oldest oldest) {

  /** Turnaround of labelled groups. */
  public record Series(List<String> labels, List<Double> p50Hours, List<Double> p90Hours,
      List<Long> reported, List<Long> breached) {

    static Series of(List<Turnaround> rows) {
      return new Series(rows.stream().map(Turnaround::label).toList(),
          rows.stream().map(r -> round(r.p50Hours())).toList(),
          rows.stream().map(r -> round(r.p90Hours())).toList(),
          rows.stream().map(Turnaround::reported).toList(),
          rows.stream().map(Turnaround::breached).toList());
    }
  }

  /** The backlog at the end of each day. */
  public record Backlog(List<String> days, List<Long> total, Map<String, List<Long>> byModality) {}

  /** Age in days of the oldest unreported exam, per modality. */
  public record Oldest(List<String> modalities, List<Double> ageDays, List<Long> unreported) {}

  static DashboardCharts of(TurnaroundDashboard dashboard, Instant now) {
    BacklogSeries series = dashboard.backlogOverTime();
    List<ModalityBacklog> backlog = dashboard.backlogNow();
    return new DashboardCharts(Series.of(dashboard.byWeek()),
        Series.of(dashboard.by(TurnaroundDashboard.Dimension.MODALITY)),
        Series.of(dashboard.by(TurnaroundDashboard.Dimension.PRIORITY)),
        Series.of(dashboard.by(TurnaroundDashboard.Dimension.SETTING)),
        new Backlog(series.days().stream().map(Object::toString).toList(), series.total(),
            series.byModality()),
        new Oldest(backlog.stream().map(ModalityBacklog::modality).toList(),
            backlog.stream().map(b -> round(days(b.oldestAge(now)))).toList(),
            backlog.stream().map(ModalityBacklog::unreported).toList()));
  }

  private static double days(Duration age) {
    return age.toMinutes() / 1440.0;
  }

  static Double round(double value) {
    return Double.isNaN(value) ? null : Math.round(value * 10) / 10.0;
  }
}
