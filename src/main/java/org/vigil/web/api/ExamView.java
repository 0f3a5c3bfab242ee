package org.vigil.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.vigil.record.Exam;
import org.vigil.record.ExamStatus;
import org.vigil.record.PatientClass;
import org.vigil.record.Priority;

/** An examination as the API shows it; times are ISO 8601 instants in UTC. */
@Schema(name = "Exam", description = "An imaging examination: the order and what became of it.")
record ExamView(
    UUID id,
    UUID patientId,
    String accessionNumber,
    String placerNumber,
    String fillerNumber,
    String procedureCode,
    String procedureName,
    String modality,
    String bodyPart,
    Priority priority,
    PatientClass patientClass,
    String requester,
    String consultant,
    String team,
    String site,
    ExamStatus status,
    Instant requestedAt,
    Instant scheduledAt,
    Instant performedAt,
    Instant preliminaryAt,
    Instant finalAt,
    Instant cancelledAt,
    Instant createdAt,
    Instant updatedAt) {

  static ExamView of(Exam e) {
    return new ExamView(e.id().value(), e.patientId().value(), e.accessionNumber(),
        e.placerNumber(), e.fillerNumber(), e.procedureCode(), e.procedureName(), e.modality(),
        e.bodyPart(), e.priority(), e.patientClass(), e.requester(), e.consultant(), e.team(),
        e.site(), e.status(), e.requestedAt(), e.scheduledAt(), e.performedAt(), e.preliminaryAt(),
        e.finalAt(), e.cancelledAt(), e.createdAt(), e.updatedAt());
  }
}
