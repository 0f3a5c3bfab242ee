package org.vigil.demo.stream;

import java.time.Instant;
import org.vigil.demo.content.Hl7;
import org.vigil.demo.content.Procedure;
import org.vigil.demo.content.ReportContent;
import org.vigil.demo.content.RequestPriority;
import org.vigil.demo.content.Staff;

/**
 * One imaging request and everything that happens to it. A null time means that step has not
 * happened (yet); steps later than "now" are not sent.
 */
record DemoOrder(
    PatientHistory patient,
    Staff.Site site,
    RequestPriority priority,
    Procedure procedure,
    Staff.Team team,
    Staff.Clinician requester,
    String placerNumber,
    String accessionNumber,
    String visitNumber,
    Instant requestedAt,
    Instant scheduledAt,
    Instant performedAt,
    Instant completedAt,
    Instant preliminaryAt,
    Instant reportedAt,
    Instant correctedAt,
    Instant addendumAt,
    Instant cancelledAt,
    Instant discontinuedAt,
    boolean orderedAsOmi,
    boolean orderArrivesLate,
    boolean reportAsFormattedText,
    ReportContent report,
    Staff.Clinician radiologist,
    Staff.Clinician registrar) {

  /** The same order with what happened after the request re-timed (null: never happened). */
  DemoOrder withOutcome(Instant performed, Instant completed, Instant preliminary,
      Instant reported, Instant corrected, Instant addendum) {
    return new DemoOrder(patient, site, priority, procedure, team, requester, placerNumber,
        accessionNumber, visitNumber, requestedAt, scheduledAt, performed, completed, preliminary,
        reported, corrected, addendum, cancelledAt, discontinuedAt, orderedAsOmi,
        orderArrivesLate && reported != null, reportAsFormattedText, report, radiologist,
        registrar);
  }

  /** The location in PV1-3: point of care^room^bed^facility. */
  String location() {
    String ward = switch (priority) {
      case ED -> site.edLocation() == null ? "ED" : site.edLocation();
      case INPATIENT -> team == null ? "AMU" : team.ward();
      default -> "RADOP";
    };
    return Hl7.escape(ward) + "^^^" + site.code();
  }
}
