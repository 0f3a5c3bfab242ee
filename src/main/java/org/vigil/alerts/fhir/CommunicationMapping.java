package org.vigil.alerts.fhir;

import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Communication.CommunicationStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.vigil.alerts.Alert;
import org.vigil.alerts.AlertDesk;
import org.vigil.alerts.Channel;
import org.vigil.alerts.Delivery;

/**
 * A delivery as a FHIR R4 Communication: one message about one alert (about = its Task) to one
 * recipient on one channel (medium). Status from the delivery: waiting and never tried is
 * "preparation", being retried "in-progress", delivered "completed", given up "not-done" with a
 * statusReason (it was not sent: nothing was recorded in error), cancelled because the alert was
 * withdrawn "stopped". Never the report text, never the error text (it may name an address).
 */
final class CommunicationMapping {

  static final String PURPOSE_SYSTEM = "https://vigil.nhs.uk/fhir/CodeSystem/delivery-purpose";
  static final String MODE_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ParticipationMode";

  /** For each Communication.status a client may search by, the SQL condition (delivery d). */
  static final Map<CommunicationStatus, String> CONDITIONS = Map.of(
      CommunicationStatus.PREPARATION, "(d.status = 'PENDING' and d.attempts = 0)",
      CommunicationStatus.INPROGRESS, "(d.status = 'PENDING' and d.attempts > 0)",
      CommunicationStatus.COMPLETED, "d.status = 'DELIVERED'",
      CommunicationStatus.NOTDONE, "d.status = 'FAILED'",
      CommunicationStatus.STOPPED, "d.status = 'CANCELLED'");

  private CommunicationMapping() {}

  static Communication toFhir(Delivery d, Alert alert, FhirRows.Row row) {
    Communication c = new Communication();
    c.setId(d.id().toString());
    c.getMeta().setLastUpdated(TaskMapping.date(row.updatedAt()));
    c.setStatus(status(d));
    if (d.status() == Delivery.Status.FAILED) {
      c.setStatusReason(new CodeableConcept().setText("not delivered after " + d.attempts()
          + " attempt(s); the alert was escalated"));
    } else if (d.status() == Delivery.Status.CANCELLED) {
      c.setStatusReason(new CodeableConcept().setText("the alert was withdrawn before sending"));
    }
    c.addCategory(new CodeableConcept(new Coding(PURPOSE_SYSTEM, d.purpose(), d.purpose())));
    c.setPriority(switch (alert.category()) {
      case CRITICAL -> Communication.CommunicationPriority.STAT;
      case URGENT -> Communication.CommunicationPriority.ASAP;
      case CANCER -> Communication.CommunicationPriority.URGENT;
      default -> Communication.CommunicationPriority.ROUTINE;
    });
    medium(d.channel(), c.addMedium());
    c.addAbout(new Reference("Task/" + alert.id()));
    if (alert.subject().patientId() != null) {
      c.setSubject(new Reference("Patient/" + alert.subject().patientId().value()));
    }
    c.addRecipient(recipient(d, alert));
    c.setSender(new Reference().setDisplay("Vigil"));
    c.setSent(TaskMapping.date(d.deliveredAt()));
    c.addNote().setText("level " + d.level() + ", " + d.attempts() + " attempt(s)");
    return c;
  }

  static CommunicationStatus status(Delivery d) {
    return switch (d.status()) {
      case PENDING -> d.attempts() == 0 ? CommunicationStatus.PREPARATION
          : CommunicationStatus.INPROGRESS;
      case DELIVERED -> CommunicationStatus.COMPLETED;
      case FAILED -> CommunicationStatus.NOTDONE;
      case CANCELLED -> CommunicationStatus.STOPPED;
    };
  }

  private static Reference recipient(Delivery d, Alert alert) {
    if (AlertDesk.PATIENT_NOTICE.equals(d.purpose()) && alert.subject().patientId() != null) {
      return new Reference("Patient/" + alert.subject().patientId().value())
          .setDisplay("the patient");
    }
    if (d.channel() == Channel.EMAIL) {
      return new Reference().setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986")
          .setValue("mailto:" + d.recipient())).setDisplay(d.recipient());
    }
    return new Reference().setIdentifier(new Identifier().setSystem(TaskMapping.INBOX_SYSTEM)
        .setValue(d.recipient())).setDisplay(d.recipient());
  }

  private static void medium(Channel channel, CodeableConcept medium) {
    switch (channel) {
      case IN_APP -> medium.addCoding(new Coding(MODE_SYSTEM, "ONLINEWRIT", "online written"))
          .setText("Vigil in-app inbox");
      case EMAIL -> medium.addCoding(new Coding(MODE_SYSTEM, "EMAILWRIT", "email"))
          .setText("email");
      case WEBHOOK -> medium.addCoding(new Coding(MODE_SYSTEM, "ELECTRONIC", "electronic data"))
          .setText("webhook");
      case LETTER -> medium.addCoding(new Coding(MODE_SYSTEM, "MAILWRIT", "mail"))
          .setText("letter to the patient");
      case SMS -> medium.setText("text message to the patient");
    }
  }
}
