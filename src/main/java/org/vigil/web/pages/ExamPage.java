package org.vigil.web.pages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.vigil.record.Exam;
import org.vigil.record.ExamId;
import org.vigil.record.Exams;
import org.vigil.record.Patients;
import org.vigil.record.Report;
import org.vigil.record.Reports;
import org.vigil.web.ExamAlerts;

/** One examination: its alert badge, every field, its status history and its report versions, newest first. */
@Controller
class ExamPage {

  private final Exams exams;
  private final Patients patients;
  private final Reports reports;
  private final ExamAlerts alerts;

  ExamPage(Exams exams, Patients patients, Reports reports, ExamAlerts alerts) {
    this.alerts = alerts;
    this.exams = exams;
    this.patients = patients;
    this.reports = reports;
  }

  @GetMapping("/exams/{id}")
  String exam(@PathVariable UUID id, Authentication auth, Model model) {
    Exam exam = exams.find(new ExamId(id)).orElseThrow(NotFound::new);
    List<Report> versions = new ArrayList<>(reports.ofExam(exam.id()));
    Collections.reverse(versions);
    model.addAttribute("exam", exam);
    model.addAttribute("patient", patients.find(exam.patientId()).orElse(null));
    model.addAttribute("reports", versions);
    model.addAttribute("alertBadges", alerts.of(List.of(exam.id()), auth));
    return "exam";
  }
}
