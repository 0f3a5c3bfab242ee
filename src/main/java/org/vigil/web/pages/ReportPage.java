package org.vigil.web.pages;

import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.vigil.record.Exams;
import org.vigil.record.Patients;
import org.vigil.record.Report;
import org.vigil.record.ReportId;
import org.vigil.record.Reports;
import org.vigil.web.ExamAlerts;

/** One report version: its text (escaped, line breaks kept), sections and sibling versions. */
@Controller
class ReportPage {

  private final Reports reports;
  private final Exams exams;
  private final Patients patients;
  private final ExamAlerts alerts;

  ReportPage(Reports reports, Exams exams, Patients patients, ExamAlerts alerts) {
    this.alerts = alerts;
    this.reports = reports;
    this.exams = exams;
    this.patients = patients;
  }

  @GetMapping("/reports/{id}")
  String report(@PathVariable UUID id, Authentication auth, Model model) {
    Report report = reports.find(new ReportId(id)).orElseThrow(NotFound::new);
    model.addAttribute("report", report);
    model.addAttribute("sections", reports.sections(report.id()));
    model.addAttribute("exam",
        report.examId() == null ? null : exams.find(report.examId()).orElse(null));
    model.addAttribute("patient", patients.find(report.patientId()).orElse(null));
    model.addAttribute("versions", reports.ofAccession(report.accessionNumber()));
    model.addAttribute("alertBadges", report.examId() == null ? java.util.Map.of()
        : alerts.of(List.of(report.examId()), auth));
    return "report";
  }
}
