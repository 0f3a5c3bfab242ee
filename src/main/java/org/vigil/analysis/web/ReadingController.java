package org.vigil.analysis.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.vigil.analysis.ReportReading;
import org.vigil.analysis.ReportReadings;
import org.vigil.record.Report;
import org.vigil.record.ReportId;
import org.vigil.record.Reports;

/** A report with what Vigil read in it: findings highlighted in the text, and the evidence. */
@Controller
@PreAuthorize("isAuthenticated()")
class ReadingController {

  private final Reports reports;
  private final ReportReadings readings;

  ReadingController(Reports reports, ReportReadings readings) {
    this.reports = reports;
    this.readings = readings;
  }

  @GetMapping("/reports/{id}/findings")
  String page(@PathVariable("id") String id, Model model) {
    Report report = report(id);
    model.addAttribute("report", report);
    readings.current(report.id()).ifPresent(reading -> {
      model.addAttribute("reading", reading);
      model.addAttribute("text", Highlighted.of(report.text(), reading.analysis().findings()));
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

  private Report report(String id) {
    try {
      return reports.find(ReportId.of(id)).orElseThrow(() -> new ResponseStatusException(
          HttpStatus.NOT_FOUND, "no such report"));
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a report id");
    }
  }
}
