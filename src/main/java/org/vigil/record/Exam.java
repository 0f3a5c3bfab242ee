package org.vigil.record;

import java.time.Instant;

/** An imaging examination (the order and what became of it). */
public record Exam(
    ExamId id,
    PatientId patientId,
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
    Instant updatedAt) {}
