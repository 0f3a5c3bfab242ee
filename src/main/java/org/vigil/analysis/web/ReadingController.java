package org.vigil.analysis.web;

import java.security.Principal;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.analysis.FalseAlertReason;
import org.vigil.analysis.FalseAlertReports;
import org.vigil.analysis.ReportReading;
import org.vigil.analysis.ReportReadings;
import org.vigil.findings.FindingsEngine;
import org.vigil.record.Patients;
import org.vigil.record.Report;
import org.vigil.record.ReportId;
import org.vigil.record.Reports;

/**
 * A report with what Vigil read in it: findings highlighted in the text, the evidence, and for
 * each finding why it was read so (trigger, scope, section, alert policy), with a way to say a
 * finding is wrong.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ReadingController {

  private final Reports reports;
  private final Patients patients;
  private final ReportReadings readings;
  private final FindingsEngine engine;
  private final FalseAlertReports falseAlerts;
  private final Clock clock;

  ReadingController(Reports reports, Patients patients, ReportReadings readings,
      FindingsEngine engine, FalseAlertReports falseAlerts, Clock clock) {
    this.reports = reports;
    this.patients = patients;
    this.readings = readings;
    this.engine = engine;
    this.falseAlerts = falseAlerts;
    this.clock = clock;
  }

  @GetMapping("/reports/{id}/findings")
  String page(@PathVariable("id") String id, Model model) {
    Report report = report(id);
    model.addAttribute("report", report);
    model.addAttribute("patient", patients.find(report.patientId()).orElse(null));
    model.addAttribute("reasons", FalseAlertReason.values());
    readings.current(report.id()).ifPresent(reading -> {
      model.addAttribute("reading", reading);
      model.addAttribute("text", Highlighted.of(report.text(), reading.analysis().findings()));
      model.addAttribute("explained", Explained.of(report.text(), reading, engine));
    });
    return "analysis/reading";
  }

  @GetMapping("/api/reports/{id}/findings")
  @ResponseBody
  ReportReading api(@PathVariable("id") String id) {
    Report report = report(id);
    return readings.current(report.id()).orElseThrow(() -> new ResponseStatusException(
        HttpStatus.NOT_FOUND, "report not read yet"));
  }

  /** A clinician marks one finding as wrong; stored with today's explanation copied. */
  @PostMapping("/reports/{id}/findings/{index}/false-alert")
  String reportFalseAlert(@PathVariable("id") String id, @PathVariable("index") int index,
      @RequestParam("reason") String reason,
      @RequestParam(name = "comment", required = false) String comment, Principal user,
      RedirectAttributes redirect) {
    Report report = report(id);
    ReportReading reading = readings.current(report.id()).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "report not read yet"));
    if (index < 0 || index >= reading.analysis().findings().size()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no such finding");
    }
    FalseAlertReason why = reasonOf(reason);
    Explained.Item item = Explained.of(report.text(), reading, engine).items().get(index);
    falseAlerts.add(FalseAlertMarking.of(report, reading, item, why, comment, engine,
        user.getName(), clock.instant()));
    redirect.addFlashAttribute("marked", index);
    return "redirect:/reports/" + report.id().value() + "/findings#explain-" + index;
  }

  private static FalseAlertReason reasonOf(String reason) {
    try {
      return FalseAlertReason.valueOf(reason);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown reason");
    }
  }

  private Report report(String id) {
    try {
      return reports.find(ReportId.of(id)).orElseThrow(() -> new ResponseStatusException(
          HttpStatus.NOT_FOUND, "no such report"));
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a report id");
    }
  }
}
