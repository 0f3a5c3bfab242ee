package org.vigil.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.vigil.record.Exam;
import org.vigil.record.Exams;
import org.vigil.record.Patient;
import org.vigil.record.PatientId;
import org.vigil.record.Patients;
import org.vigil.record.Report;
import org.vigil.record.Reports;

/** Lists of examinations and reports joined with their patients, for pages. */
@Service
public class RecordLists {

  private final Exams exams;
  private final Reports reports;
  private final Patients patients;

  RecordLists(Exams exams, Reports reports, Patients patients) {
    this.exams = exams;
    this.reports = reports;
    this.patients = patients;
  }

  public List<ExamRow> recentExams(int limit, int offset) {
    return withPatients(exams.search(new Exams.ExamQuery(null, null, null, null, limit, offset)));
  }

  public List<ReportRow> recentReports(int limit, int offset) {
    Map<PatientId, Optional<Patient>> seen = new HashMap<>();
    return reports.recent(limit, offset).stream()
        .map(r -> new ReportRow(r, seen.computeIfAbsent(r.patientId(), patients::find).orElse(null)))
        .toList();
  }

  public List<ExamRow> withPatients(List<Exam> found) {
    Map<PatientId, Optional<Patient>> seen = new HashMap<>();
    return found.stream()
        .map(e -> new ExamRow(e, seen.computeIfAbsent(e.patientId(), patients::find).orElse(null)))
        .toList();
  }

  public List<Report> reportsOf(Exam exam) {
    return reports.ofExam(exam.id());
  }
}
