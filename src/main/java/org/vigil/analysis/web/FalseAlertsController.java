package org.vigil.analysis.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.vigil.analysis.FalseAlertReports;

/** The knowledge-base owner's list of findings clinicians marked as wrong, newest first. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
class FalseAlertsController {

  private static final int SHOWN = 200;

  private final FalseAlertReports reports;

  FalseAlertsController(FalseAlertReports reports) {
    this.reports = reports;
  }

  @GetMapping("/admin/false-alerts")
  String list(Model model) {
    model.addAttribute("reports", reports.recent(SHOWN));
    model.addAttribute("shown", SHOWN);
    return "analysis/false-alerts";
  }
}
