package org.vigil.turnaround;

import java.time.Instant;
import java.util.UUID;
import org.vigil.record.ExamId;

/** An in-app escalation notice as the lead's page shows it. */
public record NoticeRow(UUID id, String recipient, Instant createdAt, Instant seenAt,
    ExamId examId, Breach breach, Instant dueAt, String accessionNumber, String modality,
    String site, String priority, String procedureName, UUID patientId, String familyName,
    String givenName, String nhsNumber) {}
