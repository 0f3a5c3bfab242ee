package org.vigil.analysis;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.vigil.analysis.ReportReadings.SweepPosition;
import org.vigil.record.ReportId;
import org.vigil.record.ReportReceived;

/**
 * Feeds the report reader. A stored report is queued once its transaction commits; one reader
 * thread reads what is waiting in batches. The database is the source of truth: whenever the
 * queue runs dry (and at start) it asks for reports that still have no current reading, so a
 * report missed by a crash, a failure or a lost notification is read all the same.
 *
 * <p>The queue in memory is bounded, so memory stays flat however far intake runs ahead of
 * reading: when it is full a notification is dropped and counted, and the report is found by the
 * sweep instead. A sweep that finds a full batch sweeps again at once rather than waiting, so a
 * large backlog is read at full speed.
 */
@Component
class ReadingQueue implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ReadingQueue.class);
  static final Duration LATE_COMMIT_MARGIN = Duration.ofMinutes(5);

  private final ReportReader reader;
  private final ReportReadings readings;
  private final int batchSize;
  private final long gatherNanos;
  private final DistributionSummary batches;
  private final LinkedBlockingQueue<ReportId> waiting;
  /** Notifications dropped because the queue was full, not yet found again by a sweep. */
  private final AtomicLong dropped = new AtomicLong();
  private final Thread worker = new Thread(this::work, "vigil-report-reader");
  private final Clock clock;
  /** The sweep's state, used by the worker thread only. */
  private SweepPosition restartAt = SweepPosition.START;
  private SweepPosition position;
  private SweepPosition firstUnread;
  private Instant passStarted;
  /** When the reader last read a batch, and last failed to (null: never). */
  private volatile Instant lastRead;
  private volatile Instant lastFailure;

  /**
   * @param capacity report versions held in memory (default 10,000: about a megabyte); beyond it
   *     the database sweep finds them
   * @param batchSize report versions read in one transaction, and found per sweep page
   * @param gatherTime how long a batch waits for more reports after its first: a commit per few
   *     reports would cost more than their reading (H2 rewrites whole pages at every commit),
   *     and a reading 50 ms later changes no deadline
   */
  ReadingQueue(ReportReader reader, ReportReadings readings, MeterRegistry meters, Clock clock,
      @Value("${vigil.reading.queue-capacity:10000}") int capacity,
      @Value("${vigil.reading.batch-size:200}") int batchSize,
      @Value("${vigil.reading.gather-time:50ms}") Duration gatherTime) {
    this.reader = reader;
    this.readings = readings;
    this.clock = clock;
    this.batchSize = batchSize;
    this.gatherNanos = gatherTime.toNanos();
    this.waiting = new LinkedBlockingQueue<>(capacity);
    Gauge.builder("vigil.reports.awaiting.reading", this, q -> q.waiting.size() + q.dropped.get())
        .description("report versions waiting for the findings engine").register(meters);
    this.batches = DistributionSummary.builder("vigil.reading.batch.size")
        .description("report versions read in one transaction").register(meters);
    worker.setDaemon(true);
  }

  @EventListener
  void on(ReportReceived received) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          enqueue(received.reportId());
        }
      });
    } else {
      enqueue(received.reportId());
    }
  }

  private void enqueue(ReportId id) {
    if (!waiting.offer(id)) {
      dropped.incrementAndGet(); // still unread in the database: the next sweep finds it
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    worker.start();
  }

  private void work() {
    List<ReportId> batch = new ArrayList<>(batchSize);
    boolean sweepAgain = true; // at start, and while sweeps find full batches
    while (!Thread.currentThread().isInterrupted()) {
      try {
        boolean sweepSoon = sweepAgain || dropped.get() > 0;
        ReportId first = sweepSoon ? waiting.poll() : waiting.poll(5, TimeUnit.SECONDS);
        if (first == null) {
          sweepAgain = sweep();
          continue;
        }
        batch.add(first);
        gather(batch);
        readBatch(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        // e.g. the database is unreachable: the reader must outlive it, never die silently
        log.error("report reader could not sweep for unread reports; retrying", e);
        lastFailure = clock.instant();
        sweepAgain = true;
        pauseAfterFailure();
      } finally {
        batch.clear();
      }
    }
  }

  /** Adds what is waiting, and what arrives within the gather time, up to a full batch. */
  private void gather(List<ReportId> batch) throws InterruptedException {
    long deadline = System.nanoTime() + gatherNanos;
    waiting.drainTo(batch, batchSize - batch.size());
    while (batch.size() < batchSize) {
      ReportId next = waiting.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (next == null) {
        return;
      }
      batch.add(next);
      waiting.drainTo(batch, batchSize - batch.size());
    }
  }

  /**
   * Queues the next page of unread reports from the database; true when there may be more. A pass
   * pages forward from where the last one may have left something unread: the first unread
   * report it saw (one that failed, or was still queued), or else a margin before it started,
   * since a transaction that commits late can carry an earlier receipt time. The first pass after
   * start goes through everything.
   */
  private boolean sweep() {
    if (position == null) {
      position = restartAt;
      passStarted = clock.instant();
      firstUnread = null;
    }
    List<ReportReadings.Unread> page = readings.unread(position, batchSize);
    for (ReportReadings.Unread unread : page) {
      enqueue(unread.report());
      if (firstUnread == null) {
        firstUnread = unread.position();
      }
      position = unread.position();
    }
    dropped.updateAndGet(d -> Math.max(0, d - page.size()));
    if (page.size() == batchSize) {
      return true;
    }
    dropped.set(0); // the pass reached the newest report: every unread report has been found
    SweepPosition margin =
        new SweepPosition(passStarted.minus(LATE_COMMIT_MARGIN), SweepPosition.START.id());
    restartAt = firstUnread != null && firstUnread.receivedAt().isBefore(margin.receivedAt())
        ? before(firstUnread) : margin;
    position = null;
    return false;
  }

  private static SweepPosition before(SweepPosition p) {
    return new SweepPosition(p.receivedAt().minusNanos(1), p.id());
  }

  /** One transaction for the batch; if that fails, each report alone, so one cannot block all. */
  private void readBatch(List<ReportId> batch) {
    batches.record(batch.size());
    try {
      reader.readAll(batch);
      lastRead = clock.instant();
    } catch (RuntimeException batchFailed) {
      for (ReportId id : batch) {
        try {
          reader.readAll(List.of(id));
          lastRead = clock.instant();
        } catch (RuntimeException e) {
          lastFailure = clock.instant();
          // stays unread in the database: found again, and reported again, at the next sweep
          log.error("report {} could not be read; it has no reading and raises no alert", id, e);
          pauseAfterFailure();
        }
      }
    }
  }

  /** What health needs to know: is the reader alive, what waits, and when it last got on. */
  record State(boolean stopped, long awaiting, Instant lastRead, Instant lastFailure) {}

  State state() {
    boolean stopped = worker.getState() == Thread.State.TERMINATED;
    return new State(stopped, waiting.size() + dropped.get(), lastRead, lastFailure);
  }

  private void pauseAfterFailure() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void destroy() {
    worker.interrupt();
  }
}
