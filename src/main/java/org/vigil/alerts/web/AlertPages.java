package org.vigil.alerts.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.alerts.ActionKind;
import org.vigil.alerts.Alert;
import org.vigil.alerts.AlertAccess;
import org.vigil.alerts.AlertDesk;
import org.vigil.alerts.AlertId;
import org.vigil.alerts.AlertPolicy;
import org.vigil.alerts.AlertQuery;
import org.vigil.alerts.AlertState;
import org.vigil.alerts.Alerts;
import org.vigil.alerts.Deliveries;
import org.vigil.alerts.IllegalAlertTransition;
import org.vigil.alerts.Viewer;
import org.vigil.findings.AlertCategory;
import org.vigil.record.Patients;
import org.vigil.record.Reports;

/** The pages people work from: inbox, confirmation queue, fail-safe board, alert, policy. */
@Controller
class AlertPages {

  private final Alerts alerts;
  private final Deliveries deliveries;
  private final AlertDesk desk;
  private final AlertAccess access;
  private final AlertPolicy policy;
  private final Patients patients;
  private final Reports reports;
  private final Clock clock;

  AlertPages(Alerts alerts, Deliveries deliveries, AlertDesk desk, AlertAccess access,
      AlertPolicy policy, Patients patients, Reports reports, Clock clock) {
    this.alerts = alerts;
    this.deliveries = deliveries;
    this.desk = desk;
    this.access = access;
    this.policy = policy;
    this.patients = patients;
    this.reports = reports;
    this.clock = clock;
  }

  /** The referrer's inbox: their own and their teams' results needing action, by deadline. */
  @GetMapping("/alerts")
  String inbox(Authentication auth, Model model) {
    Viewer viewer = Viewers.of(auth);
    List<String> inboxes = access.inboxesOf(viewer);
    List<String> teams = inboxes.stream().filter(i -> i.startsWith("team:"))
        .map(i -> i.substring(5)).toList();
    AlertQuery query = new AlertQuery(Set.of(AlertState.RAISED, AlertState.NOTIFIED,
        AlertState.VIEWED, AlertState.ESCALATED, AlertState.ACKNOWLEDGED), null, null, null, null,
        null, null, new AlertQuery.Scope(inboxes, teams, access.sitesOf(viewer)), 200);
    model.addAttribute("rows", rows(alerts.search(query), viewer));
    model.addAttribute("actions", ActionKind.values());
    return "alerts/inbox";
  }

  @GetMapping("/alerts/confirmations")
  @PreAuthorize("hasAnyRole('RADIOLOGIST','FAILSAFE_OFFICER','ADMIN')")
  String confirmations(Authentication auth, Model model) {
    AlertQuery query = new AlertQuery(Set.of(AlertState.AWAITING_CONFIRMATION), null, null, null,
        null, null, null, AlertQuery.Scope.ALL, 200);
    model.addAttribute("rows", rows(alerts.search(query), Viewers.of(auth)));
    return "alerts/confirmations";
  }

  /** Everything open, most overdue first, filtered by site, team, category and age. */
  @GetMapping("/alerts/board")
  @PreAuthorize("hasAnyRole('FAILSAFE_OFFICER','MANAGER','ADMIN')")
  String board(@RequestParam(required = false) String site,
      @RequestParam(required = false) String team,
      @RequestParam(required = false) AlertCategory category,
      @RequestParam(required = false) Integer olderThanHours,
      @RequestParam(defaultValue = "open") String state, Authentication auth, Model model) {
    AlertQuery query = new AlertQuery(AlertApi.states(state), category, null, null, site, team,
        olderThanHours == null ? null : clock.instant().minus(Duration.ofHours(olderThanHours)),
        AlertQuery.Scope.ALL, 500);
    model.addAttribute("rows", rows(alerts.search(query), Viewers.of(auth)));
    model.addAttribute("site", site);
    model.addAttribute("team", team);
    model.addAttribute("category", category);
    model.addAttribute("olderThanHours", olderThanHours);
    model.addAttribute("state", state);
    model.addAttribute("categories", List.of(AlertCategory.CRITICAL, AlertCategory.URGENT,
        AlertCategory.CANCER, AlertCategory.SIGNIFICANT));
    return "alerts/board";
  }

  @GetMapping("/alerts/policy")
  String policy(Model model) {
    model.addAttribute("trust", policy.trustWide());
    model.addAttribute("sites", policy.bySite());
    model.addAttribute("chain", policy.chain());
    model.addAttribute("hours", policy.workingHours());
    return "alerts/policy";
  }

  @GetMapping("/alerts/{id}")
  String alert(@PathVariable UUID id, Authentication auth, Model model) {
    Viewer viewer = Viewers.of(auth);
    Alert alert = visible(id, viewer);
    if (access.canAcknowledge(viewer, alert)) {
      alert = desk.viewed(alert.id(), viewer.user());
    }
    model.addAttribute("alert", alert);
    model.addAttribute("patient", alert.subject().patientId() == null ? null
        : patients.find(alert.subject().patientId()).orElse(null));
    model.addAttribute("report", reports.find(alert.subject().reportId()).orElse(null));
    model.addAttribute("history", alerts.history(alert.id()));
    model.addAttribute("deliveries", deliveries.ofAlert(alert.id()));
    model.addAttribute("canAcknowledge", access.canAcknowledge(viewer, alert));
    model.addAttribute("canConfirm", access.canConfirm(viewer)
        && alert.state() == AlertState.AWAITING_CONFIRMATION);
    model.addAttribute("canReassign", access.canReassign(viewer));
    model.addAttribute("actions", ActionKind.values());
    return "alerts/alert";
  }

  /** Acknowledge, and (if an action is chosen) record it, in one step. */
  @PostMapping("/alerts/{id}/acknowledge")
  String acknowledge(@PathVariable UUID id, @RequestParam(required = false) ActionKind action,
      @RequestParam(required = false) String reason, Authentication auth,
      RedirectAttributes flash) {
    Viewer viewer = Viewers.of(auth);
    Alert alert = visible(id, viewer);
    if (!access.canAcknowledge(viewer, alert)) {
      throw new AccessDeniedException("only a responsible clinician acknowledges");
    }
    return act(id, flash, () -> {
      if (action == null) {
        desk.acknowledge(alert.id(), viewer.user(), org.vigil.alerts.AcknowledgementMethod.IN_APP,
            org.vigil.alerts.ReadBack.NOT_VERBAL);
      } else {
        desk.recordAction(alert.id(), viewer.user(), action, reason);
      }
    });
  }

  @PostMapping("/alerts/{id}/confirm")
  @PreAuthorize("hasRole('RADIOLOGIST')")
  String confirm(@PathVariable UUID id, Authentication auth, RedirectAttributes flash) {
    return act(id, flash, () -> desk.confirm(new AlertId(id), auth.getName()));
  }

  @PostMapping("/alerts/{id}/reject")
  @PreAuthorize("hasRole('RADIOLOGIST')")
  String reject(@PathVariable UUID id, @RequestParam String reason, Authentication auth,
      RedirectAttributes flash) {
    return act(id, flash, () -> desk.reject(new AlertId(id), auth.getName(), reason));
  }

  /** The fail-safe office hands an alert nobody has taken to another clinician or team. */
  @PostMapping("/alerts/{id}/reassign")
  String reassign(@PathVariable UUID id, @RequestParam String to, @RequestParam String reason,
      Authentication auth, RedirectAttributes flash) {
    Viewer viewer = Viewers.of(auth);
    Alert alert = visible(id, viewer);
    if (!access.canReassign(viewer)) {
      throw new AccessDeniedException("only the fail-safe office reassigns an alert");
    }
    return act(id, flash, () -> desk.reassign(alert.id(), access.reassignmentTarget(to),
        viewer.user(), reason));
  }

  private String act(UUID id, RedirectAttributes flash, Runnable step) {
    try {
      step.run();
      flash.addFlashAttribute("done", "Recorded.");
    } catch (IllegalAlertTransition | IllegalArgumentException refused) {
      flash.addFlashAttribute("refused", refused.getMessage());
    }
    return "redirect:/alerts/" + id;
  }

  private Alert visible(UUID id, Viewer viewer) {
    return alerts.find(new AlertId(id)).filter(a -> access.canSee(viewer, a))
        .orElseThrow(() -> new AlertProblems.NotVisible(new AlertId(id)));
  }

  private List<AlertRow> rows(List<Alert> found, Viewer viewer) {
    return found.stream().filter(a -> access.canSee(viewer, a))
        .map(a -> AlertRow.of(a, a.subject().patientId() == null ? null
            : patients.find(a.subject().patientId()).orElse(null), clock.instant()))
        .toList();
  }
}
