package org.vigil.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.vigil.record.Exam;
import org.vigil.record.ExamStatus;
import org.vigil.record.Exams;
import org.vigil.record.PatientId;
import org.vigil.record.Report;
import org.vigil.record.Reports;
import org.vigil.web.TimelineEntry.Kind;

/** A patient's orders, examinations and report versions as one list, newest first. */
@Service
public class Timeline {

  private final Exams exams;
  private final Reports reports;

  Timeline(Exams exams, Reports reports) {
    this.exams = exams;
    this.reports = reports;
  }

  public List<TimelineEntry> of(PatientId patient) {
    List<TimelineEntry> entries = new ArrayList<>();
    exams.ofPatient(patient).forEach(exam -> addExam(entries, exam));
    reports.ofPatient(patient).forEach(report -> entries.add(reportEntry(report)));
    // Newest first; at the same moment, later steps first (a report before its performance).
    entries.sort(Comparator.comparing(TimelineEntry::at)
        .thenComparing(TimelineEntry::kind)
        .reversed());
    return entries;
  }

  private static void addExam(List<TimelineEntry> entries, Exam exam) {
    String what = exam.procedureName() == null ? exam.procedureCode() : exam.procedureName();
    Instant ordered = exam.requestedAt() == null ? exam.createdAt() : exam.requestedAt();
    add(entries, exam, ordered, Kind.ORDERED, what);
    add(entries, exam, exam.scheduledAt(), Kind.SCHEDULED, what);
    add(entries, exam, exam.performedAt(), Kind.PERFORMED, what);
    Kind ended = exam.status() == ExamStatus.DISCONTINUED ? Kind.DISCONTINUED : Kind.CANCELLED;
    add(entries, exam, exam.cancelledAt(), ended, what);
  }

  private static void add(List<TimelineEntry> entries, Exam exam, Instant at, Kind kind,
      String what) {
    if (at != null) {
      entries.add(new TimelineEntry(at, kind, exam.accessionNumber(), what, exam.id(), null));
    }
  }

  private static TimelineEntry reportEntry(Report report) {
    Instant at = report.reportedAt() == null ? report.receivedAt() : report.reportedAt();
    String what = "Report version " + report.sequence() + " (" + report.status().name()
        .toLowerCase() + ")";
    return new TimelineEntry(at, Kind.REPORT, report.accessionNumber(), what, report.examId(),
        report.id());
  }
}
