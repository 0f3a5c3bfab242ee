package org.vigil.turnaround.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.vigil.alerts.AlertBadge;
import org.vigil.turnaround.BacklogItem;
import org.vigil.turnaround.BacklogRow;

/** One examination on a turnaround list, as the API gives it. */
@Schema(name = "BacklogEntry")
record BacklogEntry(UUID examId, String accessionNumber, Patient patient, String procedure,
    String modality, String site, String subspecialty, String priority, String setting,
    String stage, Instant since, long ageMinutes, Instant reportDueAt, String target,
    Long minutesToBreach, boolean breached, boolean critical, Alert alert) {

  @Schema(name = "BacklogPatient")
  record Patient(UUID id, String familyName, String givenName, String nhsNumber) {}

  /** The examination's most urgent open alert the caller may see. */
  @Schema(name = "BacklogAlert")
  record Alert(UUID id, String category, String state) {}

  static BacklogEntry of(BacklogRow row, Instant now, AlertBadge badge) {
    BacklogItem i = row.item();
    Long toBreach = i.reportDueAt() == null ? null : i.timeToBreach(now).toMinutes();
    return new BacklogEntry(i.examId().value(), row.accessionNumber(),
        new Patient(row.patientId(), row.familyName(), row.givenName(), row.nhsNumber()),
        row.procedureName(), i.modality(), i.site(), i.subspecialty(), i.priority().name(),
        i.setting().name(), i.stage().name(), i.since(), i.age(now).toMinutes(), i.reportDueAt(),
        i.target() == null ? null : i.target().toString(), toBreach,
        toBreach != null && toBreach < 0, i.critical(),
        badge == null ? null : new Alert(badge.alertId().value(), badge.category().name(),
            badge.state().name()));
  }
}
