package org.vigil.alerts.safetynet;

import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.alerts.Alert;
import org.vigil.alerts.Alerts;
import org.vigil.record.Patient;
import org.vigil.record.Patients;

/**
 * The fail-safe officer's queue of patient notices: what to send or print (oldest first), with
 * the patient's identity to find their address or number in the hospital's records, and a
 * button to mark each sent. The wording shown is exactly what was queued.
 */
@Controller
class SafetyNetPage {

  /** One queued notice with what the officer needs beside it. */
  public record Row(Notice notice, Alert alert, Patient patient) {

    /** The loop ended or was actioned after the notice was queued: check before sending. */
    public boolean actionedSince() {
      return alert.action() != null || !alert.state().isOpen();
    }
  }

  private final Notices notices;
  private final Alerts alerts;
  private final Patients patients;
  private final SafetyNet safetyNet;
  private final SafetyNetProperties properties;

  SafetyNetPage(Notices notices, Alerts alerts, Patients patients, SafetyNet safetyNet,
      SafetyNetProperties properties) {
    this.notices = notices;
    this.alerts = alerts;
    this.patients = patients;
    this.safetyNet = safetyNet;
    this.properties = properties;
  }

  @GetMapping("/alerts/safety-net")
  @PreAuthorize("hasAnyRole('FAILSAFE_OFFICER','MANAGER','ADMIN')")
  String queue(@RequestParam(defaultValue = "false") boolean sent, Model model) {
    List<Row> rows = notices.list(sent, 200).stream().map(this::row).toList();
    model.addAttribute("rows", rows);
    model.addAttribute("sent", sent);
    model.addAttribute("enabled", properties.enabled());
    model.addAttribute("medium", properties.medium());
    return "alerts/safety-net";
  }

  @PostMapping("/alerts/safety-net/{id}/sent")
  @PreAuthorize("hasRole('FAILSAFE_OFFICER')")
  String sent(@PathVariable UUID id, Authentication auth, RedirectAttributes redirect) {
    try {
      safetyNet.markSent(id, auth.getName());
      redirect.addFlashAttribute("message", "Marked sent.");
    } catch (IllegalArgumentException | IllegalStateException refused) {
      redirect.addFlashAttribute("error", refused.getMessage());
    }
    return "redirect:/alerts/safety-net";
  }

  private Row row(Notice n) {
    Alert alert = alerts.find(n.alertId()).orElseThrow();
    Patient patient = alert.subject().patientId() == null ? null
        : patients.find(alert.subject().patientId()).orElse(null);
    return new Row(n, alert, patient);
  }
}
