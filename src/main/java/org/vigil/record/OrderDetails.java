package org.vigil.record;

import java.time.Instant;
import java.util.Objects;

/**
 * What an order message says about an examination. Null fields mean "not stated" and leave the
 * record's value unchanged. {@code status} is the status the sender reports.
 */
public record OrderDetails(
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
    Instant performedAt) {

  public OrderDetails {
    Objects.requireNonNull(accessionNumber, "accessionNumber");
    if (accessionNumber.isBlank()) {
      throw new IllegalArgumentException("accession number is blank");
    }
  }
}
