package org.vigil.turnaround.forecast;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.record.PatientClass;
import org.vigil.record.Priority;
import org.vigil.turnaround.dashboard.DashboardProperties;
import org.vigil.turnaround.dashboard.TargetLookup;
import org.vigil.turnaround.dashboard.TurnaroundDashboard;
import org.vigil.turnaround.forecast.Backtest.HistoricExam;
import org.vigil.turnaround.forecast.ForecastModel.Forecast;

/**
 * Makes the breach forecast from the backlog (through its index) and the rates kept in the
 * dashboard's aggregates; and backtests it on the exams of a bounded period.
 */
@Service
@Transactional(readOnly = true)
public class BreachForecasts {

  /** How far back a backtest looks for exams still waiting at the moment it replays. */
  static final Duration BACKTEST_LOOKBACK = Duration.ofDays(90);

  private final JdbcClient jdbc;
  private final TargetLookup targets;
  private final DashboardProperties properties;
  private final Clock clock;

  BreachForecasts(JdbcClient jdbc, TargetLookup targets, DashboardProperties properties,
      Clock clock) {
    this.jdbc = jdbc;
    this.targets = targets;
    this.properties = properties;
    this.clock = clock;
  }

  private volatile Forecast latest;

  /**
   * The forecast now; made again at most once per refresh period (it reads the whole backlog),
   * which is as often as the rates it uses change.
   */
  public Forecast current() {
    Forecast kept = latest;
    Instant now = clock.instant();
    if (kept != null && kept.madeAt().plus(properties.refresh()).isAfter(now)
        && !kept.madeAt().isAfter(now)) {
      return kept;
    }
    latest = make(now);
    return latest;
  }

  private Forecast make(Instant now) {
    List<WaitingExam> waiting = jdbc.sql("""
        select id, accession_number, modality, priority, patient_class, site, performed_at
        from exam where performed_at is not null and """ + " " + TurnaroundDashboard.IN_BACKLOG)
        .query((rs, n) -> waiting(rs)).list();
    return ForecastModel.forecast(now, waiting, rates(now), properties::examsPerHour);
  }

  /** The forecast as if made {@code ago} before now, scored against what happened since. */
  public Backtest.Result backtest(Duration ago) {
    Instant now = clock.instant();
    Instant madeAt = now.minus(ago);
    List<HistoricExam> exams = jdbc.sql("""
        select id, accession_number, modality, priority, patient_class, site, performed_at,
               final_at, cancelled_at
        from exam where performed_at >= :from and performed_at <= :to""")
        .param("from", ts(madeAt.minus(BACKTEST_LOOKBACK))).param("to", ts(madeAt))
        .query((rs, n) -> new HistoricExam(rs.getObject(1, UUID.class), rs.getString(2),
            rs.getString(3), Priority.valueOf(rs.getString(4)),
            PatientClass.valueOf(rs.getString(5)), rs.getString(6), instant(rs, 7),
            instant(rs, 8), instant(rs, 9)))
        .list();
    return Backtest.run(exams, madeAt, now, properties.rateWeeks(), targets,
        properties::examsPerHour);
  }

  /** Per day over the last complete weeks: final reports (weekly histograms), arrivals (flows). */
  Rates rates(Instant now) {
    LocalDate thisWeek = LocalDate.ofInstant(now, properties.zone())
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate from = thisWeek.minusWeeks(properties.rateWeeks());
    double days = 7.0 * properties.rateWeeks();
    Map<String, Double> reports = new HashMap<>();
    jdbc.sql("""
        select modality, sum(exams) from turnaround_week
        where week_start >= :from and week_start < :to group by modality""")
        .param("from", from).param("to", thisWeek)
        .query(rs -> {
          reports.put(rs.getString(1), rs.getLong(2) / days);
        });
    Map<String, Double> arrivals = new HashMap<>();
    jdbc.sql("""
        select modality, sum(entered) from backlog_day
        where flow_day >= :from and flow_day < :to group by modality""")
        .param("from", from).param("to", thisWeek)
        .query(rs -> {
          arrivals.put(rs.getString(1), rs.getLong(2) / days);
        });
    return new Rates(arrivals, reports);
  }

  private WaitingExam waiting(ResultSet rs) throws SQLException {
    Priority priority = Priority.valueOf(rs.getString(4));
    String modality = rs.getString(3);
    Instant performed = instant(rs, 7);
    Duration within = targets.within(priority, PatientClass.valueOf(rs.getString(5)), modality,
        rs.getString(6));
    return new WaitingExam(rs.getObject(1, UUID.class), rs.getString(2), Backtest.key(modality),
        priority.name(), performed, performed.plus(within));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime ts(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
