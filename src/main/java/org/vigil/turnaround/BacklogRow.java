package org.vigil.turnaround;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A backlog item with the examination and patient a list shows beside it. */
public record BacklogRow(BacklogItem item, String accessionNumber, String procedureName,
    UUID patientId, String familyName, String givenName, String nhsNumber, LocalDate birthDate,
    Instant requestedAt, Instant performedAt, Instant preliminaryAt) {}
