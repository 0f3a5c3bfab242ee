package org.vigil.analysis;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.analysis.ReportReadings.NewReading;
import org.vigil.findings.FindingsEngine;
import org.vigil.findings.ReportAnalysis;
import org.vigil.findings.ReportInput;
import org.vigil.record.Exam;
import org.vigil.record.ExamId;
import org.vigil.record.Exams;
import org.vigil.record.Report;
import org.vigil.record.ReportId;
import org.vigil.record.Reports;

/**
 * Reads report versions with the findings engine and stores each reading, many reports to a
 * transaction. Which reports still need reading is always known from the database (a report
 * without a current reading), so none goes unread silently, whatever fails or restarts.
 */
@Service
public class ReportReader {

  private static final Logger log = LoggerFactory.getLogger(ReportReader.class);

  private final FindingsEngine engine;
  private final Reports reports;
  private final Exams exams;
  private final ReportReadings readings;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final ReadingLimits limits;

  ReportReader(FindingsEngine engine, Reports reports, Exams exams, ReportReadings readings,
      ApplicationEventPublisher events, TransactionTemplate tx, Clock clock,
      ReadingLimits limits) {
    this.limits = limits;
    this.engine = engine;
    this.reports = reports;
    this.exams = exams;
    this.readings = readings;
    this.events = events;
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * Reads these reports (those not already read with this engine) and stores the readings in one
   * transaction. The batch's reports come in three queries, not three per report, and are read
   * before the transaction starts: H2 writes every open transaction's changed pages at each
   * commit, so a transaction held open while the engine reads would be rewritten by every intake
   * commit meanwhile. If another reader stores one of these readings first, the unique key
   * (report, knowledge base) fails the batch and {@link ReadingQueue} retries report by report.
   */
  void readAll(List<ReportId> ids) {
    Set<ReportId> unread = new LinkedHashSet<>(ids);
    unread.removeAll(readings.alreadyRead(unread, engine.knowledgeBaseVersion()));
    for (List<ReportId> part : limits.parts(unread, reports.textLengths(unread))) {
      readPart(part);
    }
  }

  /** Reads a part of a batch whose texts fit in memory together, and stores it in one commit. */
  private void readPart(List<ReportId> ids) {
    List<Report> unread = committed(ids);
    Map<ExamId, String> modalities = exams.modalities(
        unread.stream().map(Report::examId).filter(Objects::nonNull).toList());
    List<NewReading> read = new ArrayList<>(unread.size());
    List<ReportAnalysed> announced = new ArrayList<>(unread.size());
    for (Report report : unread) {
      Instant now = clock.instant();
      ReportAnalysis analysis = read(report, modalities.get(report.examId()));
      read.add(new NewReading(report.id(), analysis, now, true, null));
      announced.add(new ReportAnalysed(report.id(), report.examId(), report.patientId(),
          analysis.category(), analysis.communicationNeeded(), analysis.flagAgreement(),
          analysis.knowledgeBaseVersion(), now));
    }
    tx.executeWithoutResult(status -> {
      readings.insertAll(read);
      if (!announced.isEmpty()) {
        events.publishEvent(new ReportsAnalysed(announced));
      }
    });
  }

  /** The committed reports among these, in the given order. */
  private List<Report> committed(List<ReportId> ids) {
    Map<ReportId, Report> stored = new HashMap<>();
    reports.findAll(ids).forEach(r -> stored.put(r.id(), r));
    List<Report> found = new ArrayList<>(stored.size());
    for (ReportId id : ids) {
      if (stored.containsKey(id)) {
        found.add(stored.get(id));
      } else {
        // announced inside a message whose changes were rolled back (intake answered AE)
        log.warn("report {} was announced but not committed; nothing to read", id);
      }
    }
    return found;
  }

  /** Reads one report with this engine, as intake stored it. */
  ReportAnalysis read(Report report) {
    return read(report, report.examId() == null ? null
        : exams.find(report.examId()).map(Exam::modality).orElse(null));
  }

  private ReportAnalysis read(Report report, String modality) {
    return engine.analyse(new ReportInput(report.id().toString(), limits.readable(report),
        modality, flagOf(report)));
  }

  /** The sender's flag: the abnormal flag, else the first alert code, else none. */
  static String flagOf(Report report) {
    if (report.abnormalFlag() != null && !report.abnormalFlag().isBlank()) {
      return report.abnormalFlag();
    }
    return report.alertCodes().isEmpty() ? null : report.alertCodes().get(0);
  }
}
