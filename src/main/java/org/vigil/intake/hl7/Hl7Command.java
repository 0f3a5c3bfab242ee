package org.vigil.intake.hl7;

import org.vigil.intake.hl7.mapping.OrderStatus;
import org.vigil.record.Exams;
import org.vigil.record.ImagingRecord;
import org.vigil.record.OrderDetails;
import org.vigil.record.PatientDetails;
import org.vigil.record.PatientIdentifier;
import org.vigil.record.Provenance;
import org.vigil.record.ReportDetails;

/** A change to the imaging record that a message asks for; applied inside the message's transaction. */
public sealed interface Hl7Command {

  void apply(ImagingRecord record, Exams exams, Provenance provenance);

  record RegisterPatient(PatientDetails patient) implements Hl7Command {
    public void apply(ImagingRecord record, Exams exams, Provenance provenance) {
      record.registerPatient(patient, provenance);
    }
  }

  record RecordOrder(PatientDetails patient, OrderDetails order) implements Hl7Command {
    public void apply(ImagingRecord record, Exams exams, Provenance provenance) {
      if (OrderStatus.endsOrder(order.status())
          && exams.findByAccession(order.accessionNumber()).isEmpty()) {
        throw Hl7Rejection.error(Hl7Rejection.UNKNOWN_KEY,
            "cancel/discontinue for an accession Vigil has no order for");
      }
      record.recordOrder(patient, order, provenance);
    }
  }

  record RecordReport(PatientDetails patient, ReportDetails report) implements Hl7Command {
    public void apply(ImagingRecord record, Exams exams, Provenance provenance) {
      record.recordReport(patient, report, provenance);
    }
  }

  record MergePatients(PatientDetails surviving, PatientIdentifier merged) implements Hl7Command {
    public void apply(ImagingRecord record, Exams exams, Provenance provenance) {
      record.mergePatients(surviving, merged, provenance);
    }
  }

  record ChangeIdentifier(PatientIdentifier previous, PatientDetails current)
      implements Hl7Command {
    public void apply(ImagingRecord record, Exams exams, Provenance provenance) {
      record.changeIdentifier(previous, current, provenance);
    }
  }
}
