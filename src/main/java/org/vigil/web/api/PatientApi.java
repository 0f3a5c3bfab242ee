package org.vigil.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.vigil.record.Patient;
import org.vigil.record.PatientId;
import org.vigil.record.Patients;
import org.vigil.web.Timeline;

/** Patients as JSON. Any Vigil role may read them. */
@RestController
@RequestMapping(path = "/api/patients", produces = "application/json")
@Tag(name = "Patients", description = "Patients with their identifier history and merges, and "
    + "the timeline of their imaging. Readable by every Vigil role.")
class PatientApi {

  private final Patients patients;
  private final Timeline timeline;

  PatientApi(Patients patients, Timeline timeline) {
    this.patients = patients;
    this.timeline = timeline;
  }

  @GetMapping("/{id}")
  @Operation(summary = "One patient with identifiers (active and retired) and merged records",
      description = "A record that was merged away is still returned, with mergedInto naming the "
          + "surviving record.")
  PatientView patient(@PathVariable UUID id) {
    Patient p = find(id);
    return new PatientView(PatientSummary.of(p), p.createdAt(), p.updatedAt(),
        patients.identifiers(p.id()).stream().map(PatientView.Identifier::of).toList(),
        patients.mergesInto(p.id()).stream().map(PatientView.Merge::of).toList());
  }

  @GetMapping("/{id}/timeline")
  @Operation(summary = "The patient's orders, examination events and report versions, newest "
      + "first")
  List<TimelineItem> timeline(@PathVariable UUID id) {
    return timeline.of(find(id).id()).stream().map(TimelineItem::of).toList();
  }

  private Patient find(UUID id) {
    return patients.find(new PatientId(id))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such patient"));
  }
}
