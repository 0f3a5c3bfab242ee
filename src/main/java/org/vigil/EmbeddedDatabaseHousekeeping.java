package org.vigil;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded H2 file from growing without bound. H2 compacts its file in a background
 * thread that only runs when commits are delayed; Vigil turns the delay off (WRITE_DELAY=0) so
 * that a commit is written before its ACK, which also turns that housekeeping off. Without it the
 * file held 36% live data after 13,000 reports; with it, 51% and a fifth smaller. Every second this
 * rewrites up to 4 MB of mostly-dead chunks, without waiting for the store lock (a busy writer
 * wins), so their space can be reused. Nothing happens on PostgreSQL or in-memory H2. The file size and fill rate are metrics ({@code vigil.h2.file.bytes},
 * {@code vigil.h2.chunks.fill.ratio}).
 */
@Component
class EmbeddedDatabaseHousekeeping {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseHousekeeping.class);
  /** Chunks are rewritten until the live share of the file reaches this percentage. */
  static final int TARGET_FILL_PERCENT = 60;
  /** At most this many bytes are rewritten per round, so a round stays short. */
  static final int MAX_REWRITE_BYTES = 4 * 1024 * 1024;

  private final DataSource dataSource;
  private final MeterRegistry meters;
  /** The embedded store, found once at start; null on PostgreSQL or in-memory H2. */
  private volatile MVStore store;
  private ScheduledExecutorService scheduler;

  EmbeddedDatabaseHousekeeping(DataSource dataSource, MeterRegistry meters) {
    this.dataSource = dataSource;
    this.meters = meters;
  }

  @EventListener(ApplicationReadyEvent.class)
  synchronized void startIfEmbedded() throws SQLException {
    if (scheduler != null || (store = embeddedStore()) == null) {
      return;
    }
    Gauge.builder("vigil.h2.file.bytes", this, h -> h.measure(s -> s.getFileStore().size()))
        .description("size of the embedded H2 database file").baseUnit("bytes").register(meters);
    Gauge.builder("vigil.h2.chunks.fill.ratio", this,
            h -> h.measure(s -> s.getFileStore().getChunksFillRate() / 100.0))
        .description("share of the H2 file's chunks that holds live data").register(meters);
    scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "vigil-h2-housekeeping");
      t.setDaemon(true);
      return t;
    });
    scheduler.scheduleWithFixedDelay(this::compact, 1, 1, TimeUnit.SECONDS);
  }

  /** One round: rewrite mostly-dead chunks. Failures are logged, never thrown. */
  void compact() {
    try {
      if (!store.isClosed()) {
        store.compact(TARGET_FILL_PERCENT, MAX_REWRITE_BYTES);
      }
    } catch (RuntimeException e) {
      log.warn("H2 housekeeping round failed: {}", e.toString());
    }
  }

  @jakarta.annotation.PreDestroy
  synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }

  private double measure(java.util.function.ToDoubleFunction<MVStore> metric) {
    try {
      return store.isClosed() ? Double.NaN : metric.applyAsDouble(store);
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }

  /** The embedded H2 store, or null when the database is not an embedded H2 file database. */
  private MVStore embeddedStore() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isWrapperFor(JdbcConnection.class)) {
        return null;
      }
      if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local)) {
        return null; // H2 over TCP: the server does its own housekeeping
      }
      var store = local.getDatabase().getStore();
      MVStore mv = store == null ? null : store.getMvStore();
      return mv == null || mv.getFileStore() == null ? null : mv; // in-memory: no file to keep
    }
  }
}
