package org.vigil.alerts.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.SummaryEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BasicAuthInterceptor;
import ca.uhn.fhir.rest.gclient.DateClientParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskPriority;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.vigil.alerts.AcknowledgementMethod;
import org.vigil.alerts.ActionKind;
import org.vigil.alerts.Alert;
import org.vigil.alerts.AlertDesk;
import org.vigil.alerts.AlertState;
import org.vigil.alerts.Alerts;
import org.vigil.alerts.Deliveries;
import org.vigil.alerts.Delivery;
import org.vigil.record.ExamStatus;
import org.vigil.record.ImagingRecord;
import org.vigil.record.OrderDetails;
import org.vigil.record.PatientClass;
import org.vigil.record.Priority;
import org.vigil.record.RecordFixtures;
import org.vigil.record.ReportDetails;
import org.vigil.record.ReportSection;
import org.vigil.record.ReportStatus;
import org.vigil.support.MovableClock;

/**
 * Alerts at /fhir over a real HTTP port, as an EPR sees them: Task and Communication read and
 * searched, and a Task update that acknowledges (or is refused by the aggregate). H2 and
 * PostgreSQL.
 */
abstract class AlertFhirSuite extends ClosedLoopHttpTest {

  @Test
  void theCapabilityStatementAnswersWithoutSignInAndListsTaskAndCommunicationSearches()
      throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(base() + "/metadata")).header("Accept", "application/fhir+json").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    CapabilityStatement cs = context.newJsonParser()
        .parseResource(CapabilityStatement.class, response.body());
    for (String type : List.of("Task", "Communication")) {
      CapabilityStatementRestResourceComponent resource = cs.getRestFirstRep().getResource()
          .stream().filter(r -> r.getType().equals(type)).findFirst().orElseThrow();
      assertThat(resource.getSearchParam())
          .extracting(CapabilityStatementRestResourceSearchParamComponent::getName)
          .contains("patient", "status", "_lastUpdated");
    }
  }

  @Test
  void aRaisedCriticalAlertIsARequestedStatTaskForThePatientAboutTheReport() {
    Alert alert = criticalAt("RX1-MAIN");

    Task task = taskOf(alert, referrer);

    assertThat(task.getStatus()).isEqualTo(TaskStatus.REQUESTED);
    assertThat(task.getBusinessStatus().getCodingFirstRep().getCode()).isEqualTo("RAISED");
    assertThat(task.getPriority()).isEqualTo(TaskPriority.STAT);
    assertThat(task.getFor().getReference())
        .isEqualTo("Patient/" + alert.subject().patientId().value());
    assertThat(task.getFocus().getReference())
        .isEqualTo("DiagnosticReport/" + alert.subject().reportId().value());
    assertThat(task.getRestriction().getPeriod().getEnd().toInstant())
        .isEqualTo(alert.acknowledgeBy());
    assertThat(task.getOwner().getIdentifier().getValue()).isEqualTo("user:referrer");
    assertThat(task.getMeta().getLastUpdated()).isNotNull();
    assertThat(context.newJsonParser().encodeResourceToString(task))
        .doesNotContain("SECRET-REPORT-TEXT").doesNotContain("pneumothorax");
  }

  @Test
  void tasksAreSearchedByPatientStatusAndLastUpdatedAndCounted() {
    Alert alert = criticalAt("RX1-MAIN");
    String patient = "Patient/" + alert.subject().patientId().value();

    Bundle requested = failsafe.search().forResource(Task.class)
        .where(Task.PATIENT.hasId(patient)).and(Task.STATUS.exactly().code("requested"))
        .returnBundle(Bundle.class).execute();
    Bundle accepted = failsafe.search().forResource(Task.class)
        .where(Task.PATIENT.hasId(patient)).and(Task.STATUS.exactly().code("accepted"))
        .returnBundle(Bundle.class).execute();
    Bundle later = failsafe.search().forResource(Task.class)
        .where(Task.PATIENT.hasId(patient))
        .and(new DateClientParam("_lastUpdated").after()
            .second(Date.from(clock.instant().plus(Duration.ofDays(1)))))
        .returnBundle(Bundle.class).execute();
    Bundle count = failsafe.search().forResource(Task.class)
        .where(Task.STATUS.exactly().code("requested")).summaryMode(SummaryEnum.COUNT)
        .returnBundle(Bundle.class).execute();

    assertThat(requested.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
        .containsExactly(alert.id().toString());
    assertThat(requested.getTotal()).isEqualTo(1);
    assertThat(accepted.getEntry()).isEmpty();
    assertThat(later.getEntry()).isEmpty();
    assertThat(count.getEntry()).isEmpty();
    assertThat(count.getTotal()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void anEprAcknowledgesThroughTheTaskAndEscalationStops() {
    Alert alert = criticalAt("RX1-MAIN");
    clock.advance(Duration.ofMinutes(20));
    Task task = taskOf(alert, referrer);

    task.setStatus(TaskStatus.ACCEPTED);
    referrer.update().resource(task).execute();

    Alert acknowledged = alerts.find(alert.id()).orElseThrow();
    assertThat(acknowledged.state()).isEqualTo(AlertState.ACKNOWLEDGED);
    assertThat(acknowledged.acknowledgement().method()).isEqualTo(AcknowledgementMethod.FHIR);
    assertThat(acknowledged.acknowledgement().by()).isEqualTo("referrer");
    clock.advance(Duration.ofMinutes(90));
    tick();
    Alert later = alerts.find(alert.id()).orElseThrow();
    assertThat(later.escalationLevel()).isZero();
    assertThat(deliveries.ofAlert(alert.id())).noneMatch(d -> d.level() > 0);
    assertThat(taskOf(alert, referrer).getStatus()).isEqualTo(TaskStatus.ACCEPTED);
  }

  @Test
  void anEprRecordsTheActionByCompletingTheTask() {
    Alert alert = criticalAt("RX1-MAIN");

    referrer.update().resource(completedWith(taskOf(alert, referrer), "referral-made",
        "referred to the chest team")).execute();

    Alert done = alerts.find(alert.id()).orElseThrow();
    assertThat(done.state()).isEqualTo(AlertState.CLOSED);
    assertThat(done.action().kind()).isEqualTo(ActionKind.REFERRAL_MADE);
    assertThat(done.acknowledgement().method()).isEqualTo(AcknowledgementMethod.FHIR);
    assertThat(taskOf(alert, referrer).getStatus()).isEqualTo(TaskStatus.COMPLETED);
  }

  @Test
  void theAggregateRefusesAnIllegalTransitionWithAnOperationOutcome() {
    Alert alert = criticalAt("RX1-MAIN");
    Task task = taskOf(alert, referrer);
    desk.recordAction(alert.id(), "referrer", ActionKind.FOLLOW_UP_BOOKED, null);

    task.setStatus(TaskStatus.ACCEPTED);
    task.getMeta().setVersionId(null);
    task.setIdElement(task.getIdElement().toVersionless());

    assertThatThrownBy(() -> referrer.update().resource(task).execute())
        .isInstanceOfSatisfying(ResourceVersionConflictException.class, e -> assertThat(
            ((OperationOutcome) e.getOperationOutcome()).getIssueFirstRep().getDiagnostics())
            .contains("CLOSED").contains("cannot acknowledge"));
    assertThat(alerts.find(alert.id()).orElseThrow().state()).isEqualTo(AlertState.CLOSED);
  }

  @Test
  void anUpdateBasedOnAnOlderVersionOfTheTaskIsRefusedAsAConflict() throws Exception {
    Alert alert = criticalAt("RX1-MAIN");
    Task read = taskOf(alert, referrer);
    String version = read.getMeta().getVersionId();
    desk.viewed(alert.id(), "referrer");
    String body = context.newJsonParser().encodeResourceToString(
        read.setStatus(TaskStatus.ACCEPTED));

    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(base() + "/Task/" + alert.id()))
        .header("Content-Type", "application/fhir+json")
        .header("If-Match", "W/\"" + version + "\"")
        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
            ("referrer:" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.body()).contains("OperationOutcome").contains("read it again");
    assertThat(alerts.find(alert.id()).orElseThrow().acknowledgement()).isNull();
  }

  @Test
  void aCompletedTaskWithoutItsActionOrWithNoActionNeededAndNoReasonIsRefused() {
    Alert alert = criticalAt("RX1-MAIN");
    Task bare = taskOf(alert, referrer).setStatus(TaskStatus.COMPLETED);

    assertThatThrownBy(() -> referrer.update().resource(bare).execute())
        .isInstanceOf(UnprocessableEntityException.class).hasMessageContaining("output");
    assertThatThrownBy(() -> referrer.update()
            .resource(completedWith(taskOf(alert, referrer), "no-action-needed", null)).execute())
        .isInstanceOf(UnprocessableEntityException.class).hasMessageContaining("reason");
    assertThat(alerts.find(alert.id()).orElseThrow().state()).isEqualTo(AlertState.RAISED);
  }

  @Test
  void anUpdateNamingAnotherPatientOrReportIsRefusedAsMeantForAnotherAlert() {
    Alert alert = criticalAt("RX1-MAIN");
    Alert other = criticalAt("RX1-MAIN");
    Task task = taskOf(alert, referrer).setStatus(TaskStatus.ACCEPTED);
    task.setFor(new Reference("Patient/" + other.subject().patientId().value()));

    assertThatThrownBy(() -> referrer.update().resource(task).execute())
        .isInstanceOf(UnprocessableEntityException.class).hasMessageContaining("right alert");
    assertThat(alerts.find(alert.id()).orElseThrow().acknowledgement()).isNull();
  }

  @Test
  void aReferrerCannotReadOrAcknowledgeAnotherSitesAlert() {
    Alert elsewhere = criticalAt("RX2-OTHER");
    Task task = taskOf(elsewhere, failsafe).setStatus(TaskStatus.ACCEPTED);

    assertThatThrownBy(() -> taskOf(elsewhere, referrer))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> referrer.update().resource(task).execute())
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> failsafe.update().resource(task).execute())
        .hasMessageContaining("403");
    assertThat(alerts.find(elsewhere.id()).orElseThrow().acknowledgement()).isNull();
  }

  @Test
  void eachDeliveryIsACommunicationAboutTheTask() {
    Alert alert = criticalAt("RX1-MAIN");
    tick();
    String patient = "Patient/" + alert.subject().patientId().value();

    Bundle completed = referrer.search().forResource(Communication.class)
        .where(Communication.PATIENT.hasId(patient))
        .and(Communication.STATUS.exactly().code("completed"))
        .returnBundle(Bundle.class).execute();
    Bundle failed = referrer.search().forResource(Communication.class)
        .where(Communication.PATIENT.hasId(patient))
        .and(Communication.STATUS.exactly().code("not-done"))
        .returnBundle(Bundle.class).execute();
    Bundle count = referrer.search().forResource(Communication.class)
        .where(Communication.PATIENT.hasId(patient)).summaryMode(SummaryEnum.COUNT)
        .returnBundle(Bundle.class).execute();

    List<Delivery> sent = deliveries.ofAlert(alert.id());
    assertThat(completed.getEntry()).hasSize(sent.size());
    assertThat(completed.getEntry()).extracting(e -> ((Communication) e.getResource())
        .getRecipientFirstRep().getIdentifier().getValue())
        .contains("user:referrer", "mailto:a.requester@test.nhs.uk");
    Communication c = (Communication) completed.getEntryFirstRep().getResource();
    assertThat(c.getAboutFirstRep().getReference()).isEqualTo("Task/" + alert.id());
    assertThat(c.getSent()).isNotNull();
    assertThat(failed.getEntry()).isEmpty();
    assertThat(count.getTotal()).isEqualTo(sent.size());
    assertThat(referrer.read().resource(Communication.class).withId(c.getIdPart()).execute()
        .getStatus()).isEqualTo(Communication.CommunicationStatus.COMPLETED);
  }
}
