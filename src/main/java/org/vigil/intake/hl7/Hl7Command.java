package org.vigil.intake.hl7;

import java.util.ArrayList;
import java.util.List;
import org.vigil.directory.Sighting;
import org.vigil.intake.hl7.mapping.OrderStatus;
import org.vigil.record.Exams;
import org.vigil.record.ImagingRecord;
import org.vigil.record.OrderDetails;
import org.vigil.record.PatientDetails;
import org.vigil.record.PatientIdentifier;
import org.vigil.record.Provenance;
import org.vigil.record.ReportDetails;
import org.vigil.record.UnreadableTime;

/** A change to the imaging record that a message asks for; applied inside the message's transaction. */
public sealed interface Hl7Command {

  void apply(ImagingRecord record, Exams exams, Provenance provenance);

  /** Times the command's message stated but that are unreadable (for the data-quality list). */
  default List<UnreadableTime> unreadableTimes() {
    return List.of();
  }

  /** The clinicians and teams the command's part of the message names, for the directory. */
  default Sighting sighting() {
    return Sighting.NONE;
  }

  /** The accession the command is about, or null. */
  default String accessionNumber() {
    return null;
  }

  record RegisterPatient(PatientDetails patient) implements Hl7Command {
    public void apply(ImagingRecord record, Exams exams, Provenance provenance) {
      record.registerPatient(patient, provenance);
    }
  }

  record RecordOrder(PatientDetails patient, OrderDetails order, Sighting sighting)
      implements Hl7Command {

    public RecordOrder(PatientDetails patient, OrderDetails order) {
      this(patient, order, Sighting.NONE);
    }

    public void apply(ImagingRecord record, Exams exams, Provenance provenance) {
      if (OrderStatus.endsOrder(order.status())
          && exams.findByAccession(order.accessionNumber()).isEmpty()) {
        throw Hl7Rejection.error(Hl7Rejection.UNKNOWN_KEY,
            "cancel/discontinue for an accession Vigil has no order for");
      }
      record.recordOrder(patient, order, provenance);
    }

    public List<UnreadableTime> unreadableTimes() {
      return order.unreadableTimes();
    }

    public String accessionNumber() {
      return order.accessionNumber();
    }
  }

  record RecordReport(PatientDetails patient, ReportDetails report, Sighting sighting)
      implements Hl7Command {

    public RecordReport(PatientDetails patient, ReportDetails report) {
      this(patient, report, Sighting.NONE);
    }

    public void apply(ImagingRecord record, Exams exams, Provenance provenance) {
      record.recordReport(patient, report, provenance);
    }

    public List<UnreadableTime> unreadableTimes() {
      List<UnreadableTime> all = new ArrayList<>(report.order().unreadableTimes());
      all.addAll(report.unreadableTimes());
      return all;
    }

    public String accessionNumber() {
      return report.accessionNumber();
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
