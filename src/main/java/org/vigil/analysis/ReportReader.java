package org.vigil.analysis;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.findings.FindingsEngine;
import org.vigil.findings.ReportAnalysis;
import org.vigil.findings.ReportInput;
import org.vigil.record.Exam;
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

  ReportReader(FindingsEngine engine, Reports reports, Exams exams, ReportReadings readings,
      ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
    this.engine = engine;
    this.reports = reports;
    this.exams = exams;
    this.readings = readings;
    this.events = events;
    this.tx = tx;
    this.clock = clock;
  }

  /** Reads these reports (those not already read with this engine) in one transaction. */
  void readAll(List<ReportId> ids) {
    tx.executeWithoutResult(status -> {
      List<ReportAnalysed> announced = new ArrayList<>(ids.size());
      for (ReportId id : ids) {
        readOne(id, announced);
      }
      announced.forEach(events::publishEvent);
    });
  }

  private void readOne(ReportId id, List<ReportAnalysed> announced) {
    if (readings.exists(id, engine.knowledgeBaseVersion())) {
      return;
    }
    var stored = reports.find(id);
    if (stored.isEmpty()) {
      // announced inside a message whose changes were rolled back (intake answered AE): no report
      log.warn("report {} was announced but not committed; nothing to read", id);
      return;
    }
    Report report = stored.get();
    ReportAnalysis analysis = read(report);
    Instant now = clock.instant();
    readings.insert(report.id(), analysis, now, true, null);
    announced.add(new ReportAnalysed(report.id(), report.examId(), report.patientId(),
        analysis.category(), analysis.communicationNeeded(), analysis.flagAgreement(),
        analysis.knowledgeBaseVersion(), now));
  }

  /** Reads one report with this engine, as intake stored it. */
  ReportAnalysis read(Report report) {
    String modality = report.examId() == null ? null
        : exams.find(report.examId()).map(Exam::modality).orElse(null);
    return engine.analyse(new ReportInput(report.id().toString(), report.text(), modality,
        flagOf(report)));
  }

  /** The sender's flag: the abnormal flag, else the first alert code, else none. */
  static String flagOf(Report report) {
    if (report.abnormalFlag() != null && !report.abnormalFlag().isBlank()) {
      return report.abnormalFlag();
    }
    return report.alertCodes().isEmpty() ? null : report.alertCodes().get(0);
  }
}
