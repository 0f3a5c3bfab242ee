package org.vigil.web.pages;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.vigil.record.Patient;
import org.vigil.record.PatientId;
import org.vigil.record.Patients;
import org.vigil.web.Timeline;

/**
 * One patient: identifiers (active and retired), merges both ways, and the timeline of orders,
 * examinations and report versions.
 */
@Controller
class PatientPage {

  private final Patients patients;
  private final Timeline timeline;

  PatientPage(Patients patients, Timeline timeline) {
    this.patients = patients;
    this.timeline = timeline;
  }

  @GetMapping("/patients/{id}")
  String patient(@PathVariable UUID id, Model model) {
    Patient patient = patients.find(new PatientId(id)).orElseThrow(NotFound::new);
    model.addAttribute("patient", patient);
    model.addAttribute("identifiers", patients.identifiers(patient.id()));
    model.addAttribute("mergedInto",
        patient.isMerged() ? patients.find(patient.mergedInto()).orElse(null) : null);
    model.addAttribute("merges", mergedRecords(patient));
    model.addAttribute("timeline", timeline.of(patient.id()));
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
