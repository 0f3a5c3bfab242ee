package org.vigil.analysis;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.vigil.record.ReportId;
import org.vigil.record.ReportReceived;

/**
 * Feeds the report reader. A stored report is queued once its transaction commits; one reader
 * thread reads what is waiting in batches. The database is the source of truth: whenever the
 * queue runs dry (and at start) it asks for reports that still have no current reading, so a
 * report missed by a crash, a failure or a lost notification is read all the same.
 */
@Component
class ReadingQueue implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ReadingQueue.class);
  private static final int BATCH = 200;

  private final ReportReader reader;
  private final ReportReadings readings;
  private final LinkedBlockingQueue<ReportId> waiting = new LinkedBlockingQueue<>();
  private final Thread worker = new Thread(this::work, "vigil-report-reader");

  ReadingQueue(ReportReader reader, ReportReadings readings, MeterRegistry meters) {
    this.reader = reader;
    this.readings = readings;
    Gauge.builder("vigil.reports.awaiting.reading", waiting, LinkedBlockingQueue::size)
        .description("report versions queued for the findings engine").register(meters);
    worker.setDaemon(true);
  }

  @EventListener
  void on(ReportReceived received) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          waiting.add(received.reportId());
        }
      });
    } else {
      waiting.add(received.reportId());
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    worker.start();
  }

  private void work() {
    List<ReportId> batch = new ArrayList<>(BATCH);
    while (!Thread.currentThread().isInterrupted()) {
      try {
        ReportId first = waiting.poll(5, TimeUnit.SECONDS);
        if (first == null) {
          waiting.addAll(readings.unread(BATCH));
          continue;
        }
        batch.add(first);
        waiting.drainTo(batch, BATCH - 1);
        readBatch(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        batch.clear();
      }
    }
  }

  /** One transaction for the batch; if that fails, each report alone, so one cannot block all. */
  private void readBatch(List<ReportId> batch) {
    try {
      reader.readAll(batch);
    } catch (RuntimeException batchFailed) {
      for (ReportId id : batch) {
        try {
          reader.readAll(List.of(id));
        } catch (RuntimeException e) {
          // stays unread in the database: found again, and reported again, at the next sweep
          log.error("report {} could not be read; it has no reading and raises no alert", id, e);
          pauseAfterFailure();
        }
      }
    }
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
