package org.vigil.alerts.fhir;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskIntent;
import org.vigil.alerts.Alert;
import org.vigil.alerts.Channel;
import org.vigil.alerts.ClinicalAction;
import org.vigil.alerts.Delivery;

/**
 * An alert as a FHIR R4 Task: status from the lifecycle, Vigil's exact state in businessStatus,
 * priority from the category, for = the Patient, focus = the DiagnosticReport, owner = whoever the
 * alert is with now (the in-app inbox of its current escalation level), restriction.period.end =
 * the acknowledgement deadline, meta.lastUpdated = when the alert last changed. Never the report
 * text.
 */
final class TaskMapping {

  static final String STATE_SYSTEM = "https://vigil.nhs.uk/fhir/CodeSystem/alert-state";
  static final String CATEGORY_SYSTEM = "https://vigil.nhs.uk/fhir/CodeSystem/alert-category";
  static final String ACTION_SYSTEM = "https://vigil.nhs.uk/fhir/CodeSystem/clinical-action";
  static final String INBOX_SYSTEM = "https://vigil.nhs.uk/fhir/Id/inbox";
  static final String ALERT_SYSTEM = "https://vigil.nhs.uk/fhir/Id/alert";
  static final String ACCESSION_SYSTEM = "https://vigil.nhs.uk/fhir/Id/accession";

  private TaskMapping() {}

  static Task toFhir(Alert alert, FhirRows.Row row, List<Delivery> deliveries) {
    Task task = new Task();
    task.setId(alert.id().toString());
    task.getMeta().setVersionId(String.valueOf(row.version())).setLastUpdated(date(row.updatedAt()));
    task.addIdentifier(new Identifier().setSystem(ALERT_SYSTEM).setValue(alert.id().toString()));
    task.addIdentifier(new Identifier().setSystem(ACCESSION_SYSTEM)
        .setValue(alert.subject().accessionNumber()));
    task.setStatus(TaskStatuses.of(alert));
    task.setBusinessStatus(new CodeableConcept(new Coding(STATE_SYSTEM, alert.state().name(),
        stateText(alert))).setText(stateText(alert)));
    task.setIntent(TaskIntent.ORDER);
    task.setPriority(TaskStatuses.priority(alert.category()));
    task.setCode(new CodeableConcept(new Coding(CATEGORY_SYSTEM, alert.category().name(),
        alert.category().name())).setText("Acknowledge and act on a " + alert.category()
        + " imaging result"));
    task.setFocus(new Reference("DiagnosticReport/" + alert.subject().reportId().value()));
    if (alert.subject().patientId() != null) {
      task.setFor(new Reference("Patient/" + alert.subject().patientId().value()));
    }
    task.setAuthoredOn(date(alert.createdAt()));
    task.setLastModified(date(row.updatedAt()));
    owner(deliveries).ifPresent(task::setOwner);
    if (alert.acknowledgeBy() != null) {
      task.getRestriction().setPeriod(new Period().setEndElement(new DateTimeType(
          date(alert.acknowledgeBy()), TemporalPrecisionEnum.MILLI)));
    }
    task.setExecutionPeriod(new Period().setStart(date(alert.createdAt()))
        .setEnd(alert.action() == null ? null : date(alert.action().at())));
    if (alert.acknowledgement() != null) {
      task.addNote().setTime(date(alert.acknowledgement().at()))
          .setText("Acknowledged by " + alert.acknowledgement().by() + " ("
              + alert.acknowledgement().method() + ")");
    }
    if (alert.action() != null) {
      action(task, alert.action());
    }
    return task;
  }

  private static void action(Task task, ClinicalAction action) {
    Task.TaskOutputComponent output = task.addOutput();
    output.setType(new CodeableConcept().setText("clinical action"));
    output.setValue(new CodeableConcept(new Coding(ACTION_SYSTEM, ActionCodes.code(action.kind()),
        action.kind().name())));
    task.addNote().setTime(date(action.at())).setText("Actioned by " + action.by() + ": "
        + action.kind() + (action.reason() == null ? "" : " (" + action.reason() + ")"));
  }

  private static String stateText(Alert alert) {
    return alert.escalationLevel() > 0 && alert.state().isOpen()
        ? alert.state() + " (escalation level " + alert.escalationLevel() + ")"
        : alert.state().name();
  }

  /** The in-app inbox the alert was last sent to (the highest level told). */
  static java.util.Optional<Reference> owner(List<Delivery> deliveries) {
    return deliveries.stream()
        .filter(d -> d.channel() == Channel.IN_APP
            && (d.isAlert() || "CONFIRMATION".equals(d.purpose())))
        .max(Comparator.comparingInt(Delivery::level).thenComparing(Delivery::createdAt))
        .map(d -> new Reference().setIdentifier(new Identifier().setSystem(INBOX_SYSTEM)
            .setValue(d.recipient())).setDisplay(d.recipient()));
  }

  static Date date(Instant at) {
    return at == null ? null : Date.from(at);
  }
}
