package org.vigil.turnaround.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.vigil.record.ExamStatus;
import org.vigil.record.ImagingRecord;
import org.vigil.record.OrderDetails;
import org.vigil.record.PatientClass;
import org.vigil.record.Priority;
import org.vigil.record.RecordFixtures;
import org.vigil.record.ReportDetails;
import org.vigil.record.ReportSection;
import org.vigil.record.ReportStatus;

/** Examinations with stated times, recorded through the imaging record as intake would. */
final class TurnaroundData {

  private static final AtomicInteger sequence = new AtomicInteger();

  private final ImagingRecord record;
  private final java.util.Map<String, String> patients = new java.util.concurrent.ConcurrentHashMap<>();

  TurnaroundData(ImagingRecord record) {
    this.record = record;
  }

  /** An exam performed at {@code performed}; a report of {@code status} at {@code reported}. */
  String exam(String modality, Priority priority, PatientClass patientClass, Instant performed,
      ReportStatus status, Instant reported) {
    String mrn = RecordFixtures.uniqueMrn();
    String accession = "TA" + sequence.incrementAndGet() + mrn;
    patients.put(accession, mrn);
    OrderDetails order = order(accession, modality, priority, patientClass, performed);
    record.recordOrder(RecordFixtures.patient(mrn), order, RecordFixtures.hl7());
    if (status != null) {
      record.recordReport(RecordFixtures.patient(mrn), new ReportDetails(order, status,
          "No acute abnormality.", List.of(new ReportSection("Findings", "FIND",
              "No acute abnormality.")), "Dr R Radiologist", null, List.of(), reported),
          RecordFixtures.hl7());
    }
    return accession;
  }

  /** A corrected order message restating the performed time. */
  void restatePerformed(String accession, String modality, Priority priority,
      PatientClass patientClass, Instant performed) {
    record.recordOrder(RecordFixtures.patient(patients.get(accession)),
        order(accession, modality, priority, patientClass, performed), RecordFixtures.hl7());
  }

  static OrderDetails order(String accession, String modality, Priority priority,
      PatientClass patientClass, Instant performed) {
    return new OrderDetails(accession, "P" + accession, null, "CODE", "Examination", modality,
        "Chest", priority, patientClass, "Dr A Requester", "Dr B Consultant", "Respiratory",
        "RX1-MAIN", ExamStatus.PERFORMED, performed.minusSeconds(3600), null, performed);
  }
}
