package org.vigil.analysis;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.vigil.findings.FindingsEngine;
import org.vigil.findings.ReportAnalysis;
import org.vigil.findings.ReportInput;
import org.vigil.record.Exam;
import org.vigil.record.Exams;
import org.vigil.record.Report;
import org.vigil.record.ReportReceived;
import org.vigil.record.Reports;

/**
 * Reads every report version as it arrives. Runs after the intake transaction commits, from the
 * durable event publication registry: if reading fails the publication stays incomplete and is
 * retried (on restart, or by the registry's resubmission), so no report goes unread silently.
 */
@Service
public class ReportReader {

  private static final Logger log = LoggerFactory.getLogger(ReportReader.class);

  private final FindingsEngine engine;
  private final Reports reports;
  private final Exams exams;
  private final ReportReadings readings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ReportReader(FindingsEngine engine, Reports reports, Exams exams, ReportReadings readings,
      ApplicationEventPublisher events, Clock clock) {
    this.engine = engine;
    this.reports = reports;
    this.exams = exams;
    this.readings = readings;
    this.events = events;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(ReportReceived received) {
    Report report = reports.find(received.reportId())
        .orElseThrow(() -> new IllegalStateException("report announced but not stored"));
    if (readings.exists(report.id(), engine.knowledgeBaseVersion())) {
      return; // already read (a redelivered event)
    }
    long started = System.nanoTime();
    ReportAnalysis analysis = read(report);
    Instant now = clock.instant();
    readings.insert(report.id(), analysis, now, true, null);
    events.publishEvent(new ReportAnalysed(report.id(), report.examId(), report.patientId(),
        analysis.category(), analysis.communicationNeeded(), analysis.flagAgreement(),
        analysis.knowledgeBaseVersion(), now));
    log.debug("report read: category {}, flag {}, {} us", analysis.category(),
        analysis.flagAgreement(), (System.nanoTime() - started) / 1000);
  }

  /** Reads one report with this engine, as intake stored it. */
  ReportAnalysis read(Report report) {
    return read(engine, report);
  }

  ReportAnalysis read(FindingsEngine with, Report report) {
    String modality = report.examId() == null ? null
        : exams.find(report.examId()).map(Exam::modality).orElse(null);
    return with.analyse(new ReportInput(report.id().toString(), report.text(), modality,
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
