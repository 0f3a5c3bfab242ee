package org.vigil.web.pages;

import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.vigil.record.Patient;
import org.vigil.record.PatientId;
import org.vigil.record.Patients;
import org.vigil.web.ExamAlerts;
import org.vigil.web.Timeline;
import org.vigil.web.TimelineEntry;

/**
 * One patient: identifiers (active and retired), merges both ways, and the timeline of orders,
 * examinations and report versions.
 */
@Controller
class PatientPage {

  private final Patients patients;
  private final Timeline timeline;
  private final ExamAlerts alerts;

  PatientPage(Patients patients, Timeline timeline, ExamAlerts alerts) {
    this.alerts = alerts;
    this.patients = patients;
    this.timeline = timeline;
  }

  @GetMapping("/patients/{id}")
  String patient(@PathVariable UUID id, Authentication auth, Model model) {
    Patient patient = patients.find(new PatientId(id)).orElseThrow(NotFound::new);
    model.addAttribute("patient", patient);
    model.addAttribute("identifiers", patients.identifiers(patient.id()));
    model.addAttribute("mergedInto",
        patient.isMerged() ? patients.find(patient.mergedInto()).orElse(null) : null);
    model.addAttribute("merges", mergedRecords(patient));
    List<TimelineEntry> entries = timeline.of(patient.id());
    model.addAttribute("timeline", entries);
    model.addAttribute("alertBadges", alerts.of(entries.stream().map(TimelineEntry::examId)
        .filter(java.util.Objects::nonNull).distinct().toList(), auth));
    return "patient";
  }

  private List<MergedRecord> mergedRecords(Patient survivor) {
    return patients.mergesInto(survivor.id()).stream()
        .map(m -> new MergedRecord(m, patients.find(m.merged()).orElse(null)))
        .toList();
  }

  /** A record folded into this patient, with its former details. */
  public record MergedRecord(Patients.MergeRecord merge, Patient former) {}
}
