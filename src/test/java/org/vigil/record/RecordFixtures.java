package org.vigil.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Test data for the imaging record. */
public final class RecordFixtures {

  private RecordFixtures() {}

  public static String uniqueMrn() {
    return "MRN" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  public static PatientDetails patient(String mrn) {
    return new PatientDetails(List.of(new PatientIdentifier("RX1", mrn, "MR")), "Smith", "Jane",
        LocalDate.of(1950, 3, 14), Sex.F);
  }

  public static OrderDetails order(String accession, ExamStatus status) {
    return new OrderDetails(accession, "P" + accession, null, "CCHAP", "CT Chest abdomen pelvis",
        "CT", "Chest", Priority.URGENT, PatientClass.INPATIENT, "Dr A Requester", "Dr B Consultant",
        "Respiratory", "RX1-MAIN", status, Instant.parse("2026-11-01T09:00:00Z"), null, null);
  }

  public static ReportDetails report(String accession, ReportStatus status, String text) {
    return new ReportDetails(order(accession, null), status, text,
        List.of(new ReportSection("Findings", "FIND", text)), "Dr R Radiologist", null, List.of(),
        Instant.parse("2026-11-01T12:00:00Z"));
  }

  public static Provenance hl7() {
    return Provenance.of("HL7", UUID.randomUUID(), Instant.now());
  }
}
