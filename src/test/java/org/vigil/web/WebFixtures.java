package org.vigil.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.vigil.record.ExamId;
import org.vigil.record.ExamStatus;
import org.vigil.record.ImagingRecord;
import org.vigil.record.NhsNumber;
import org.vigil.record.PatientDetails;
import org.vigil.record.PatientIdentifier;
import org.vigil.record.Provenance;
import org.vigil.record.RecordFixtures;
import org.vigil.record.ReportDetails;
import org.vigil.record.ReportId;
import org.vigil.record.ReportSection;
import org.vigil.record.ReportStatus;
import org.vigil.record.Sex;

/** Test data for pages and the API: a patient with an NHS number, an exam and its report. */
public final class WebFixtures {

  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "admin-test-password";
  public static final String HOSTILE_TEXT = "<script>alert(1)</script><img src=x onerror=alert(2)>";

  private WebFixtures() {}

  /** A random NHS number with a correct Modulus 11 check digit. */
  public static String validNhsNumber() {
    while (true) {
      StringBuilder digits = new StringBuilder();
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        int d = ThreadLocalRandom.current().nextInt(10);
        digits.append(d);
        sum += d * (10 - i);
      }
      int check = 11 - sum % 11;
      if (check == 11) {
        check = 0;
      }
      if (check != 10) {
        return digits.append(check).toString();
      }
    }
  }

  public static PatientDetails patient(String mrn, String nhsNumber, String familyName) {
    return new PatientDetails(
        List.of(new PatientIdentifier("RX1", mrn, "MR"),
            PatientIdentifier.nhs(new NhsNumber(nhsNumber))),
        familyName, "Jane", LocalDate.of(1950, 3, 14), Sex.F);
  }

  public static Provenance ui() {
    return Provenance.of("HL7", UUID.randomUUID(), Instant.now());
  }

  /** An exam for a new patient, and one final report with {@code text}. */
  public static Recorded examWithReport(ImagingRecord record, String familyName, String text) {
    String mrn = RecordFixtures.uniqueMrn();
    String accession = "ACC" + mrn;
    String nhs = validNhsNumber();
    PatientDetails patient = patient(mrn, nhs, familyName);
    ExamId exam = record.recordOrder(patient,
        RecordFixtures.order(accession, ExamStatus.REQUESTED), ui());
    ReportDetails report = new ReportDetails(RecordFixtures.order(accession, null),
        ReportStatus.FINAL, text, List.of(new ReportSection("Findings", "FIND", text)),
        "Dr R Radiologist", null, List.of(), Instant.parse("2026-11-01T12:00:00Z"));
    ReportId reportId = record.recordReport(patient, report, ui());
    return new Recorded(mrn, nhs, accession, exam,
        record.registerPatient(patient, ui()).value(), reportId);
  }

  /** What {@link #examWithReport} created. */
  public record Recorded(
      String mrn, String nhsNumber, String accession, ExamId examId, UUID patientId,
      ReportId reportId) {}
}
