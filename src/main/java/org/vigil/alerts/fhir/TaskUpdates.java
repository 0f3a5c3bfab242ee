package org.vigil.alerts.fhir;

import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.vigil.alerts.AcknowledgementMethod;
import org.vigil.alerts.ActionKind;
import org.vigil.alerts.Alert;
import org.vigil.alerts.AlertAccess;
import org.vigil.alerts.AlertDesk;
import org.vigil.alerts.IllegalAlertTransition;
import org.vigil.alerts.ReadBack;
import org.vigil.alerts.Viewer;

/**
 * An EPR's Task update, applied through the {@link AlertDesk}: status accepted or in-progress
 * acknowledges the alert (how: FHIR), completed records the action given in Task.output (and
 * acknowledges first if nobody had). Only Task.status, the action output and its reason are
 * read; the rest of the body is Vigil's own and ignored, except that a body naming another
 * patient or report is refused (it was meant for another alert). The desk commits before this
 * returns, so the 200 follows the commit. Refusals: 403 (not a responsible clinician), 409 (the
 * aggregate refused the step, or the Task changed since the version the client sent), 422 (a
 * status or action Vigil does not take).
 */
@Component
class TaskUpdates {

  private static final Logger log = LoggerFactory.getLogger(TaskUpdates.class);

  private final AlertDesk desk;
  private final AlertAccess access;

  TaskUpdates(AlertDesk desk, AlertAccess access) {
    this.desk = desk;
    this.access = access;
  }

  /** Applies the update; false when the Task already had the status asked for (no change). */
  boolean apply(Alert alert, FhirRows.Row row, IdType id, Task task, Viewer viewer) {
    if (id.hasVersionIdPart() && !id.getVersionIdPart().equals(String.valueOf(row.version()))) {
      throw new ResourceVersionConflictException("Task/" + alert.id() + " is at version "
          + row.version() + ", not " + id.getVersionIdPart() + ": read it again before updating");
    }
    sameSubject(alert, task);
    if (!access.canAcknowledge(viewer, alert)) {
      throw new ForbiddenOperationException("only a responsible clinician (a referrer who can "
          + "see this alert) may acknowledge it or record its action");
    }
    TaskStatus wanted = task.getStatus();
    if (wanted == null) {
      throw unprocessable(IssueType.REQUIRED, "Task.status is required");
    }
    if (wanted == TaskStatuses.of(alert)) {
      return false;
    }
    try {
      switch (wanted) {
        case ACCEPTED, INPROGRESS -> desk.acknowledge(alert.id(), viewer.user(),
            AcknowledgementMethod.FHIR, ReadBack.NOT_VERBAL);
        case COMPLETED -> complete(alert, task, viewer);
        default -> throw unprocessable(IssueType.NOTSUPPORTED, "an EPR may set Task.status to "
            + "accepted or in-progress (acknowledge) or completed (action taken), not "
            + wanted.toCode() + "; Vigil alone withdraws or cancels an alert");
      }
    } catch (IllegalAlertTransition refused) {
      throw new ResourceVersionConflictException(refused.getMessage(),
          outcome(IssueType.BUSINESSRULE, refused.getMessage()));
    } catch (OptimisticLockingFailureException meanwhile) {
      throw new ResourceVersionConflictException("Task/" + alert.id() + " changed while this "
          + "update was applied: read it again and send the update again");
    } catch (IllegalArgumentException invalid) {
      throw unprocessable(IssueType.INVALID, invalid.getMessage());
    }
    log.info("alert {} updated over FHIR to {} by {}", alert.id(), wanted.toCode(),
        viewer.user());
    return true;
  }

  private void complete(Alert alert, Task task, Viewer viewer) {
    Task.TaskOutputComponent output = task.getOutput().stream()
        .filter(o -> o.getValue() instanceof CodeableConcept c
            && c.getCoding().stream().anyMatch(x -> TaskMapping.ACTION_SYSTEM.equals(x.getSystem())))
        .reduce((first, later) -> later)
        .orElseThrow(() -> unprocessable(IssueType.REQUIRED, "a completed Task needs an output "
            + "whose valueCodeableConcept codes the action in " + TaskMapping.ACTION_SYSTEM
            + " (" + ActionCodes.all() + ")"));
    CodeableConcept value = (CodeableConcept) output.getValue();
    String code = value.getCoding().stream()
        .filter(x -> TaskMapping.ACTION_SYSTEM.equals(x.getSystem())).map(Coding::getCode)
        .findFirst().orElse(null);
    ActionKind kind = ActionCodes.kind(code).orElseThrow(() -> unprocessable(IssueType.CODEINVALID,
        "unknown action " + code + "; use one of " + ActionCodes.all()));
    String reason = value.hasText() ? value.getText()
        : task.hasStatusReason() && task.getStatusReason().hasText()
            ? task.getStatusReason().getText() : null;
    desk.recordAction(alert.id(), viewer.user(), kind, reason, AcknowledgementMethod.FHIR);
  }

  /** A body that names another patient or report was meant for another alert. */
  private static void sameSubject(Alert alert, Task task) {
    String report = alert.subject().reportId().value().toString();
    if (task.hasFocus() && !refersTo(task.getFocus(), "DiagnosticReport", report)) {
      throw unprocessable(IssueType.CONFLICT, "Task.focus names " + task.getFocus().getReference()
          + " but this alert is about DiagnosticReport/" + report + ": is it the right alert?");
    }
    if (task.hasFor() && alert.subject().patientId() != null
        && !refersTo(task.getFor(), "Patient", alert.subject().patientId().value().toString())) {
      throw unprocessable(IssueType.CONFLICT, "Task.for names " + task.getFor().getReference()
          + " but this alert is about another patient: is it the right alert?");
    }
  }

  private static boolean refersTo(Reference reference, String type, String id) {
    IdType target = new IdType(reference.getReference() == null ? "" : reference.getReference());
    return type.equals(target.getResourceType()) && id.equals(target.getIdPart());
  }

  /** The informational outcome of an update that found the Task as asked. */
  static OperationOutcome unchanged() {
    OperationOutcome outcome = new OperationOutcome();
    outcome.addIssue().setSeverity(IssueSeverity.INFORMATION).setCode(IssueType.INFORMATIONAL)
        .setDiagnostics("the Task already had this status: nothing changed");
    return outcome;
  }

  private static UnprocessableEntityException unprocessable(IssueType type, String message) {
    return new UnprocessableEntityException(message, outcome(type, message));
  }

  private static OperationOutcome outcome(IssueType type, String message) {
    OperationOutcome outcome = new OperationOutcome();
    outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(message);
    return outcome;
  }
}
