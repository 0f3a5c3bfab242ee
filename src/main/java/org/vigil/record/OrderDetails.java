package org.vigil.record;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an order message says about an examination. Null fields mean "not stated" and leave the
 * record's value unchanged. {@code status} is the status the sender reports. {@code
 * unreadableTimes} are times stated but unreadable: those stay unknown, never the receipt time.
 * {@code statusAt} is when the sender says the status changed (HL7 ORC-9, else ORC-15): a
 * cancel's own time, and the clock against which a late (out-of-order) cancel is recognised.
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
    Instant performedAt,
    List<UnreadableTime> unreadableTimes,
    Instant statusAt) {

  /** An order without a stated status-change time. */
  public OrderDetails(String accessionNumber, String placerNumber, String fillerNumber,
      String procedureCode, String procedureName, String modality, String bodyPart,
      Priority priority, PatientClass patientClass, String requester, String consultant,
      String team, String site, ExamStatus status, Instant requestedAt, Instant scheduledAt,
      Instant performedAt, List<UnreadableTime> unreadableTimes) {
    this(accessionNumber, placerNumber, fillerNumber, procedureCode, procedureName, modality,
        bodyPart, priority, patientClass, requester, consultant, team, site, status, requestedAt,
        scheduledAt, performedAt, unreadableTimes, null);
  }

  /** An order whose stated times were all readable (or not stated). */
  public OrderDetails(String accessionNumber, String placerNumber, String fillerNumber,
      String procedureCode, String procedureName, String modality, String bodyPart,
      Priority priority, PatientClass patientClass, String requester, String consultant,
      String team, String site, ExamStatus status, Instant requestedAt, Instant scheduledAt,
      Instant performedAt) {
    this(accessionNumber, placerNumber, fillerNumber, procedureCode, procedureName, modality,
        bodyPart, priority, patientClass, requester, consultant, team, site, status, requestedAt,
        scheduledAt, performedAt, List.of(), null);
  }

  public OrderDetails {
    unreadableTimes = unreadableTimes == null ? List.of() : List.copyOf(unreadableTimes);
    Objects.requireNonNull(accessionNumber, "accessionNumber");
    if (accessionNumber.isBlank()) {
      throw new IllegalArgumentException("accession number is blank");
    }
    FieldLimits.check(accessionNumber, FieldLimits.ACCESSION, "accession number");
    FieldLimits.check(placerNumber, FieldLimits.ORDER_NUMBER, "placer order number");
    FieldLimits.check(fillerNumber, FieldLimits.ORDER_NUMBER, "filler order number");
    FieldLimits.check(procedureCode, FieldLimits.PROCEDURE_CODE, "procedure code");
    FieldLimits.check(procedureName, FieldLimits.PROCEDURE_NAME, "procedure name");
    FieldLimits.check(modality, FieldLimits.MODALITY, "modality");
    FieldLimits.check(bodyPart, FieldLimits.BODY_PART, "body part");
    FieldLimits.check(requester, FieldLimits.CLINICIAN, "requester");
    FieldLimits.check(consultant, FieldLimits.CLINICIAN, "consultant");
    FieldLimits.check(team, FieldLimits.TEAM, "team");
    FieldLimits.check(site, FieldLimits.SITE, "site");
  }

  boolean isUnreadable(UnreadableTime.Kind kind) {
    return UnreadableTime.any(unreadableTimes, kind);
  }
}
