package org.vigil.analysis;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.FindingsEngine;
import org.vigil.findings.ReportAnalysis;
import org.vigil.record.Report;
import org.vigil.record.ReportId;
import org.vigil.record.Reports;
import org.vigil.record.TimeOrderedIds;

/**
 * Re-reads stored reports with the running knowledge base, in bounded batches in the background.
 * Results wait (not current) until a clinical safety officer reviews what would change (alerts
 * raised or withdrawn) and approves the run; only then do they take effect.
 */
@Service
public class Reanalysis implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(Reanalysis.class);

  private final FindingsEngine engine;
  private final ReportReader reader;
  private final Reports reports;
  private final ReportReadings readings;
  private final ReanalysisRuns runs;
  private final TransactionTemplate tx;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final int batchSize;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "vigil-reanalysis");
    t.setDaemon(true);
    return t;
  });

  Reanalysis(FindingsEngine engine, ReportReader reader, Reports reports, ReportReadings readings,
      ReanalysisRuns runs, TransactionTemplate tx, ApplicationEventPublisher events, Clock clock,
      FindingsProperties properties) {
    this.engine = engine;
    this.reader = reader;
    this.reports = reports;
    this.readings = readings;
    this.runs = runs;
    this.tx = tx;
    this.events = events;
    this.clock = clock;
    this.batchSize = properties.batchSize();
  }

  /** Starts re-reading every stored report with the running knowledge base. */
  public synchronized ReanalysisRun start(String startedBy) {
    boolean busy = runs.recent(20).stream()
        .anyMatch(r -> r.status() == ReanalysisRun.Status.RUNNING
            || r.status() == ReanalysisRun.Status.AWAITING_REVIEW);
    if (busy) {
      throw new IllegalStateException("a re-analysis is already running or awaiting review");
    }
    UUID id = TimeOrderedIds.next();
    runs.insert(id, engine.knowledgeBaseVersion(), runs.reportCount(), startedBy, clock.instant());
    worker.submit(() -> run(id));
    return runs.find(id).orElseThrow();
  }

  /** Makes the run's readings current and announces the reports whose category changed. */
  public void approve(UUID id, String by) {
    List<ReanalysisRuns.Change> changes = tx.execute(status -> {
      requireAwaitingReview(id);
      List<ReanalysisRuns.Change> changed = runs.changes(id, Integer.MAX_VALUE);
      readings.promoteRun(id);
      runs.decide(id, ReanalysisRun.Status.APPROVED, by, clock.instant());
      announce(changed);
      return changed;
    });
    log.info("re-analysis {} approved: {} reports change category", id, changes.size());
  }

  public void reject(UUID id, String by) {
    tx.executeWithoutResult(status -> {
      requireAwaitingReview(id);
      runs.decide(id, ReanalysisRun.Status.REJECTED, by, clock.instant());
    });
    log.info("re-analysis {} rejected", id);
  }

  private void requireAwaitingReview(UUID id) {
    ReanalysisRun run = runs.find(id).orElseThrow(() -> new IllegalArgumentException("no such run"));
    if (run.status() != ReanalysisRun.Status.AWAITING_REVIEW) {
      throw new IllegalStateException("run is " + run.status() + ", not awaiting review");
    }
  }

  /** Announces the changed reports' current readings, one event per batch of reports. */
  private void announce(List<ReanalysisRuns.Change> changes) {
    List<ReportAnalysed> batch = new ArrayList<>(batchSize);
    for (ReanalysisRuns.Change change : changes) {
      reports.find(change.reportId()).ifPresent(report -> readings.current(report.id())
          .ifPresent(reading -> batch.add(new ReportAnalysed(report.id(), report.examId(),
              report.patientId(), reading.analysis().category(),
              reading.analysis().communicationNeeded(), reading.analysis().flagAgreement(),
              reading.knowledgeBaseVersion(), clock.instant()))));
      if (batch.size() == batchSize) {
        events.publishEvent(new ReportsAnalysed(batch));
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      events.publishEvent(new ReportsAnalysed(batch));
    }
  }

  private void run(UUID id) {
    Progress progress = new Progress();
    try {
      UUID after = new UUID(0L, 0L); // the smallest uuid in the databases' (unsigned) order
      List<ReportId> batch;
      while (!(batch = runs.reportsAfter(after, batchSize)).isEmpty()) {
        List<ReportId> ids = batch;
        tx.executeWithoutResult(status -> ids.forEach(r -> reread(r, id, progress)));
        after = batch.get(batch.size() - 1).value();
        runs.progress(id, progress.done, progress.raised, progress.withdrawn, progress.changed);
        runs.find(id).ifPresent(this::logProgress);
      }
      runs.finish(id, ReanalysisRun.Status.AWAITING_REVIEW, null, clock.instant());
      log.info("re-analysis {} finished: {} reports, {} alerts would be raised, {} withdrawn", id,
          progress.done, progress.raised, progress.withdrawn);
    } catch (RuntimeException e) {
      log.error("re-analysis {} failed", id, e);
      runs.finish(id, ReanalysisRun.Status.FAILED, e.getClass().getSimpleName(), clock.instant());
    }
  }

  private void reread(ReportId id, UUID run, Progress progress) {
    progress.done++;
    if (readings.exists(id, engine.knowledgeBaseVersion())) {
      return;
    }
    Report report = reports.find(id).orElseThrow();
    AlertCategory before = runs.currentCategory(id).orElse(AlertCategory.NONE);
    ReportAnalysis after = reader.read(report);
    readings.insert(id, after, clock.instant(), false, run);
    progress.count(before, after.category());
  }

  private void logProgress(ReanalysisRun run) {
    Instant now = clock.instant();
    log.info("re-analysis {}: {}/{} reports, {} per s, {} s left", run.id(), run.done(),
        run.total(), Math.round(run.rate(now)), run.timeLeft(now).toSeconds());
  }

  @Override
  public void destroy() {
    worker.shutdownNow();
  }

  private static final class Progress {
    int done;
    int raised;
    int withdrawn;
    int changed;

    void count(AlertCategory before, AlertCategory after) {
      if (before != after) {
        changed++;
      }
      if (after.needsCommunication() && !before.needsCommunication()) {
        raised++;
      } else if (before.needsCommunication() && !after.needsCommunication()) {
        withdrawn++;
      }
    }
  }
}
