package org.vigil.turnaround.dashboard;

import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The turnaround dashboard (the manager's home page) and the data its charts draw. The page's
 * tables hold the same figures as the charts, for screen readers and for printing.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER','ADMIN','FAILSAFE_OFFICER')")
class DashboardPage {

  private final TurnaroundDashboard dashboard;
  private final DashboardProperties properties;
  private final Clock clock;

  DashboardPage(TurnaroundDashboard dashboard, DashboardProperties properties, Clock clock) {
    this.dashboard = dashboard;
    this.properties = properties;
    this.clock = clock;
  }

  @GetMapping("/turnaround/dashboard")
  String page(Model model) {
    model.addAttribute("weeks", dashboard.byWeek());
    model.addAttribute("byModality", dashboard.by(TurnaroundDashboard.Dimension.MODALITY));
    model.addAttribute("byPriority", dashboard.by(TurnaroundDashboard.Dimension.PRIORITY));
    model.addAttribute("bySetting", dashboard.by(TurnaroundDashboard.Dimension.SETTING));
    model.addAttribute("backlog", dashboard.backlogNow());
    model.addAttribute("now", clock.instant());
    model.addAttribute("weekCount", properties.weeks());
    model.addAttribute("refresh", properties.refresh());
    return "turnaround/dashboard";
  }

  @GetMapping("/turnaround/dashboard/charts")
  @ResponseBody
  DashboardCharts charts() {
    return DashboardCharts.of(dashboard, clock.instant());
  }
}
