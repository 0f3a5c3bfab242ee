package org.vigil.turnaround.dashboard;

import static org.vigil.turnaround.dashboard.ExamChange.instant;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the manager's dashboard shows, read from the aggregates (a few hundred rows) and from the
 * backlog through its index; nothing here reads all history.
 */
@Service
@Transactional(readOnly = true)
public class TurnaroundDashboard {

  /** Performed and not yet finally reported (a preliminary report leaves it in the backlog). */
  public static final String IN_BACKLOG = "status in ('PERFORMED', 'PRELIMINARY_REPORTED')";

  /** Turnaround of one group (a week, a modality...). Hours; NaN when nothing was reported. */
  public record Turnaround(String label, long reported, long breached, double p50Hours,
      double p90Hours) {
    public double breachedPercent() {
      return reported == 0 ? 0 : 100.0 * breached / reported;
    }
  }

  /** The backlog of one modality now, with its oldest exam. */
  public record ModalityBacklog(String modality, long unreported, Instant oldestPerformedAt,
      UUID oldestExamId, String oldestAccession) {
    public Duration oldestAge(Instant now) {
      return oldestPerformedAt == null ? Duration.ZERO : Duration.between(oldestPerformedAt, now);
    }
  }

  /** The backlog size at the end of each day, in total and per modality. */
  public record BacklogSeries(List<LocalDate> days, List<Long> total,
      Map<String, List<Long>> byModality) {}

  private final JdbcClient jdbc;
  private final DashboardProperties properties;
  private final Clock clock;
  private final TurnaroundAggregator aggregator;
  private final Map<String, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * An aggregate read, kept until the aggregator next changes the aggregates or the refresh
   * period passes (another node's pass), or the day changes: the aggregates change no faster.
   */
  private record Cached(long version, Instant readAt, LocalDate day, Object value) {}

  TurnaroundDashboard(JdbcClient jdbc, DashboardProperties properties, Clock clock,
      TurnaroundAggregator aggregator) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
    this.aggregator = aggregator;
  }

  @SuppressWarnings("unchecked")
  private <T> T cached(String key, java.util.function.Supplier<T> read) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, properties.zone());
    long version = aggregator.version();
    Cached hit = cache.get(key);
    if (hit != null && hit.version() == version && hit.day().equals(today)
        && hit.readAt().plus(properties.refresh()).isAfter(now)) {
      return (T) hit.value();
    }
    T value = read.get();
    cache.put(key, new Cached(version, now, today, value));
    return value;
  }

  /** The first day (a Monday) the charts show. */
  public LocalDate firstWeek() {
    return LocalDate.ofInstant(clock.instant(), properties.zone())
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .minusWeeks(properties.weeks() - 1L);
  }

  /** Turnaround p50/p90 and breaches per week, oldest first; weeks with no report included. */
  public List<Turnaround> byWeek() {
    return cached("week", this::readByWeek);
  }

  private List<Turnaround> readByWeek() {
    Map<String, long[][]> groups = new TreeMap<>();
    LocalDate first = firstWeek();
    for (int w = 0; w < properties.weeks(); w++) {
      groups.put(first.plusWeeks(w).toString(), new long[2][TurnaroundBuckets.LAST + 1]);
    }
    histogram("week_start", first, groups);
    return summarise(groups);
  }

  /** Turnaround p50/p90 and breaches over the shown weeks, by modality, priority or setting. */
  public List<Turnaround> by(Dimension dimension) {
    return cached(dimension.name(), () -> readBy(dimension));
  }

  private List<Turnaround> readBy(Dimension dimension) {
    Map<String, long[][]> groups = new TreeMap<>();
    histogram(dimension.column, firstWeek(), groups);
    return summarise(groups);
  }

  public enum Dimension {
    MODALITY("modality"), PRIORITY("priority"), SETTING("setting");

    final String column;

    Dimension(String column) {
      this.column = column;
    }
  }

  private void histogram(String column, LocalDate from, Map<String, long[][]> groups) {
    // column is one of a closed set (week_start or a Dimension), never user input
    jdbc.sql("select " + column + ", bucket, sum(exams), sum(breached) from turnaround_week"
            + " where week_start >= :from and week_start <= :to group by " + column + ", bucket")
        .param("from", from).param("to", LocalDate.ofInstant(clock.instant(), properties.zone()))
        .query(rs -> {
          long[][] counts = groups.computeIfAbsent(rs.getString(1),
              k -> new long[2][TurnaroundBuckets.LAST + 1]);
          counts[0][rs.getInt(2)] += rs.getLong(3);
          counts[1][0] += rs.getLong(4);
        });
  }

  private static List<Turnaround> summarise(Map<String, long[][]> groups) {
    List<Turnaround> rows = new ArrayList<>();
    groups.forEach((label, counts) -> {
      long reported = 0;
      for (long c : counts[0]) {
        reported += c;
      }
      rows.add(new Turnaround(label, reported, counts[1][0],
          TurnaroundBuckets.percentile(counts[0], 0.5), TurnaroundBuckets.percentile(counts[0], 0.9)));
    });
    return rows;
  }

  /**
   * The backlog per modality with its oldest unreported exam, as of the last aggregator pass (at
   * most a refresh period old, like every other figure on the dashboard).
   */
  public List<ModalityBacklog> backlogNow() {
    return cached("now", this::backlogLive);
  }

  /** The backlog now, read through the index {@code (status, modality, performed_at)}. */
  public List<ModalityBacklog> backlogLive() {
    Map<String, long[]> counts = new LinkedHashMap<>();
    List<ModalityBacklog> rows = new ArrayList<>();
    jdbc.sql("select modality, count(*) from exam where " + IN_BACKLOG
            + " group by modality order by modality")
        .query(rs -> {
          counts.put(rs.getString(1), new long[] {rs.getLong(2)});
        });
    counts.forEach((modality, count) -> rows.add(oldest(modality, count[0])));
    return rows;
  }

  /** One index seek per backlog status; the older of the two. */
  private ModalityBacklog oldest(String modality, long count) {
    String label = modality == null ? "?" : modality;
    ModalityBacklog oldest = new ModalityBacklog(label, count, null, null, null);
    for (String status : List.of("PERFORMED", "PRELIMINARY_REPORTED")) {
      String where = modality == null ? "modality is null" : "modality = :modality";
      var query = jdbc.sql("select id, accession_number, performed_at from exam where status = '"
          + status + "' and " + where
          + " and performed_at is not null order by performed_at fetch first 1 rows only");
      if (modality != null) {
        query = query.param("modality", modality);
      }
      ModalityBacklog found = query.query((rs, n) -> new ModalityBacklog(label, count,
          instant(rs, 3), rs.getObject(1, UUID.class), rs.getString(2))).optional().orElse(null);
      if (found != null && (oldest.oldestPerformedAt() == null
          || found.oldestPerformedAt().isBefore(oldest.oldestPerformedAt()))) {
        oldest = found;
      }
    }
    return oldest;
  }

  /** The backlog size at the end of each shown day, from the daily flows. */
  public BacklogSeries backlogOverTime() {
    return cached("backlog", this::readBacklogOverTime);
  }

  private BacklogSeries readBacklogOverTime() {
    LocalDate first = firstWeek();
    LocalDate today = LocalDate.ofInstant(clock.instant(), properties.zone());
    Map<String, TreeMap<LocalDate, Long>> net = new TreeMap<>();
    jdbc.sql("select flow_day, modality, entered - exited from backlog_day where flow_day <= :today")
        .param("today", today)
        .query(rs -> {
          net.computeIfAbsent(rs.getString(2), k -> new TreeMap<>())
              .merge(rs.getObject(1, LocalDate.class), rs.getLong(3), Long::sum);
        });
    List<LocalDate> days = first.datesUntil(today.plusDays(1)).toList();
    Map<String, List<Long>> byModality = new TreeMap<>();
    long[] total = new long[days.size()];
    net.forEach((modality, flows) -> {
      long running = flows.headMap(first).values().stream().mapToLong(Long::longValue).sum();
      List<Long> series = new ArrayList<>(days.size());
      for (int i = 0; i < days.size(); i++) {
        running += flows.getOrDefault(days.get(i), 0L);
        series.add(running);
        total[i] += running;
      }
      byModality.put(modality, series);
    });
    List<Long> totals = new ArrayList<>();
    for (long t : total) {
      totals.add(t);
    }
    return new BacklogSeries(days, totals, byModality);
  }
}
