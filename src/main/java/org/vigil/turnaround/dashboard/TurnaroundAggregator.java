package org.vigil.turnaround.dashboard;

import static org.vigil.turnaround.dashboard.ExamChange.instant;
import static org.vigil.turnaround.dashboard.ExamChange.ts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the dashboard's aggregates (weekly turnaround histograms, daily backlog flows) up to date
 * by reading only the examinations changed since its last pass, through the exam table's
 * {@code updated_at} index: never all history. Changes younger than the settle time wait for the
 * next pass, so a transaction that commits late is not skipped. Passes are serialised across
 * nodes by locking the cursor row.
 */
@Component
public class TurnaroundAggregator {

  private static final Logger log = LoggerFactory.getLogger(TurnaroundAggregator.class);
  static final int BATCH = 2_000;

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final TurnaroundHistogram histogram;
  private final BacklogFlows flows;
  private final DashboardProperties properties;
  private final Clock clock;
  private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();

  TurnaroundAggregator(JdbcClient jdbc, TransactionTemplate transactions,
      TurnaroundHistogram histogram, BacklogFlows flows, DashboardProperties properties,
      Clock clock) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.histogram = histogram;
    this.flows = flows;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${vigil.turnaround.dashboard.refresh:30s}",
      initialDelayString = "${vigil.turnaround.dashboard.refresh:30s}")
  void scheduled() {
    try {
      catchUp();
    } catch (RuntimeException e) {
      log.error("turnaround aggregates not updated; will retry on the next pass", e);
    }
  }

  /** Reads every change up to now minus the settle time; returns how many exams were read. */
  public int catchUp() {
    int total = 0;
    int read;
    do {
      read = Objects.requireNonNull(transactions.execute(tx -> batch()));
      total += read;
    } while (read == BATCH);
    if (total > 0) {
      version.incrementAndGet();
    }
    return total;
  }

  /** Changes whenever a pass changed the aggregates (on this node): read caches key on it. */
  public long version() {
    return version.get();
  }

  private int batch() {
    Cursor cursor = lockCursor();
    Instant until = clock.instant().minus(properties.settleTime());
    List<ExamChange> changed = jdbc.sql("select " + ExamChange.COLUMNS + """
         from exam
        where (updated_at > :after or (updated_at = :after and id > :afterId))
          and updated_at <= :until
        order by updated_at, id
        fetch first :batch rows only""")
        .param("after", ts(cursor.updatedAfter())).param("afterId", cursor.afterId())
        .param("until", ts(until)).param("batch", BATCH)
        .query(ExamChange::read).list();
    for (ExamChange exam : changed) {
      histogram.apply(exam);
      flows.apply(exam);
    }
    if (!changed.isEmpty()) {
      ExamChange last = changed.get(changed.size() - 1);
      jdbc.sql("update turnaround_cursor set updated_after = :at, after_id = :id where id = 1")
          .param("at", ts(last.updatedAt())).param("id", last.id()).update();
    }
    return changed.size();
  }

  private record Cursor(Instant updatedAfter, UUID afterId) {}

  private Cursor lockCursor() {
    List<Cursor> cursor = jdbc.sql(
        "select updated_after, after_id from turnaround_cursor where id = 1 for update")
        .query((rs, n) -> new Cursor(instant(rs, 1), rs.getObject(2, UUID.class))).list();
    if (!cursor.isEmpty()) {
      return cursor.get(0);
    }
    Cursor start = new Cursor(Instant.EPOCH, new UUID(0, 0));
    jdbc.sql("insert into turnaround_cursor (id, updated_after, after_id) values (1, :at, :id)")
        .param("at", ts(start.updatedAfter())).param("id", start.afterId()).update();
    return lockCursor();
  }
}
