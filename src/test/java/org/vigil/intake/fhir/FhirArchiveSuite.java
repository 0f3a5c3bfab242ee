package org.vigil.intake.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DiagnosticReport.DiagnosticReportStatus;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vigil.intake.ArchivedMessage;
import org.vigil.intake.DeadLetter;
import org.vigil.intake.DeadLetters;
import org.vigil.intake.MessageArchive;
import org.vigil.record.ExamStatus;
import org.vigil.record.Exams;
import org.vigil.record.Reports;
import org.vigil.support.FailOnceAfterReportInsert;

/**
 * FHIR writes lose nothing: accepted ones are archived raw with the record change, refused ones
 * (4xx and 5xx) are kept as dead letters and can be fixed and replayed. Run on H2 and PostgreSQL.
 */
abstract class FhirArchiveSuite extends FhirHttpTest {

  @Autowired MessageArchive archive;
  @Autowired DeadLetters deadLetters;
  @Autowired Exams exams;
  @Autowired Reports reports;

  @Test
  void anAcceptedOrderIsArchivedWithItsBodyAsReceivedBeforeItIsAnswered() throws Exception {
    String requestId = FhirSamples.unique("REQ");
    String accession = FhirSamples.unique("ACC");
    String body = pretty(orderFor(accession)).replace("\"Careful\"", "\"Carefül\"");

    HttpResponse<String> answer = send("POST", "/ServiceRequest", body, requestId);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    assertThat(answer.headers().firstValue("X-Request-ID")).contains(requestId);
    ArchivedMessage archived = archived(requestId);
    assertThat(archived.raw()).isEqualTo(body.getBytes(StandardCharsets.UTF_8));
    assertThat(archived.charset()).isEqualTo("UTF-8");
    assertThat(archived.messageType()).isEqualTo("ServiceRequest create");
    assertThat(archived.sendingApplication()).isEqualTo(USER);
    assertThat(archived.resultRef())
        .isEqualTo("ServiceRequest/" + exams.findByAccession(accession).orElseThrow().id());
  }

  @Test
  void aReportUpdateIsArchivedAsAnUpdateOfTheNewVersion() throws Exception {
    String accession = FhirSamples.unique("ACC");
    DiagnosticReport report = reportFor(accession);
    HttpResponse<String> created = send("POST", "/DiagnosticReport", pretty(report),
        FhirSamples.unique("REQ"));
    String firstId = idOf(created);
    DiagnosticReport corrected = report.copy().setStatus(DiagnosticReportStatus.CORRECTED);
    corrected.setId(firstId);
    String requestId = FhirSamples.unique("REQ");

    HttpResponse<String> updated = send("PUT", "/DiagnosticReport/" + firstId,
        pretty(corrected), requestId);

    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(201);
    ArchivedMessage archived = archived(requestId);
    assertThat(archived.messageType()).isEqualTo("DiagnosticReport update");
    assertThat(archived.resultRef()).isEqualTo("DiagnosticReport/" + idOf(updated));
    assertThat(reports.ofAccession(accession)).hasSize(2);
  }

  @Test
  void aReportResentWithTheSameRequestIdIsRecordedOnce() throws Exception {
    String accession = FhirSamples.unique("ACC");
    String requestId = FhirSamples.unique("REQ");
    String body = pretty(reportFor(accession));

    HttpResponse<String> first = send("POST", "/DiagnosticReport", body, requestId);
    HttpResponse<String> again = send("POST", "/DiagnosticReport", body, requestId);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(idOf(again)).isEqualTo(idOf(first));
    assertThat(reports.ofAccession(accession)).hasSize(1);
    assertThat(archived(requestId).duplicates()).isEqualTo(1);
  }

  @Test
  void unparsableJsonIsRefusedAndKeptWithItsRawBody() throws Exception {
    String requestId = FhirSamples.unique("REQ");
    String body = "{\"resourceType\": \"ServiceRequest\", \"status\": \"active\", ";

    HttpResponse<String> answer = send("POST", "/ServiceRequest", body, requestId);

    assertOutcome(answer, 400);
    DeadLetter letter = deadLetterFor(requestId);
    assertThat(letter.channel()).isEqualTo("FHIR");
    assertThat(letter.ackCode()).isEqualTo("400");
    assertThat(letter.messageType()).isEqualTo("ServiceRequest create");
    assertThat(letter.sendingApplication()).isEqualTo(USER);
    assertThat(letter.raw()).isEqualTo(body.getBytes(StandardCharsets.UTF_8));
    assertThat(letter.reason()).isNotBlank();
    assertThat(archive.findByControlId("FHIR", USER, requestId)).isEmpty();
  }

  @Test
  void anOrderVigilCannotRecordIsKeptWithTheReasonAnswered() throws Exception {
    String requestId = FhirSamples.unique("REQ");
    ServiceRequest noAccession = orderFor("x");
    noAccession.getIdentifier().clear();

    assertOutcome(send("POST", "/ServiceRequest", pretty(noAccession), requestId), 422);

    DeadLetter letter = deadLetterFor(requestId);
    assertThat(letter.ackCode()).isEqualTo("422");
    assertThat(letter.reason()).contains("needs an accession number");
    assertThat(letter.text()).isEqualTo(pretty(noAccession));
  }

  @Test
  void anAccessionOneCharacterTooLongIsRefusedNamingTheElementAndNeverStoredCut()
      throws Exception {
    String requestId = FhirSamples.unique("REQ");
    String accession = (FhirSamples.unique("ACC") + "X".repeat(64)).substring(0, 65);
    ServiceRequest order = orderFor(accession);

    HttpResponse<String> answer = send("POST", "/ServiceRequest", pretty(order), requestId);

    assertOutcome(answer, 422);
    OperationOutcome outcome = context.newJsonParser()
        .parseResource(OperationOutcome.class, answer.body());
    assertThat(outcome.getIssueFirstRep().getCode())
        .isEqualTo(OperationOutcome.IssueType.TOOLONG);
    assertThat(outcome.getIssueFirstRep().getExpression().get(0).getValue())
        .isEqualTo("ServiceRequest.identifier");
    assertThat(deadLetterFor(requestId).text()).isEqualTo(pretty(order));
    assertThat(exams.findByAccession(accession.substring(0, 64))).isEmpty();
    assertThat(exams.findByAccession(accession)).isEmpty();
  }

  @Test
  void aPatientIdentifierLongerThanTheRecordHoldsIsRefusedNamingTheElement() throws Exception {
    String requestId = FhirSamples.unique("REQ");
    String mrn = (FhirSamples.unique("MRN") + "9".repeat(100)).substring(0, 101);
    ServiceRequest order = samples.chestCtRequest(FhirSamples.unique("ACC"),
        FhirSamples.patient(FhirSamples.nhsNumber(), mrn));

    HttpResponse<String> answer = send("POST", "/ServiceRequest", pretty(order), requestId);

    assertOutcome(answer, 422);
    assertThat(answer.body()).contains("identifier.value").contains("longer than the 100");
    assertThat(deadLetterFor(requestId).ackCode()).isEqualTo("422");
  }

  @Test
  void failedReadsAndSearchesAreNotDeadLetters() throws Exception {
    String read = FhirSamples.unique("REQ");
    String search = FhirSamples.unique("REQ");
    String postedSearch = FhirSamples.unique("REQ");

    assertOutcome(send("GET", "/ServiceRequest/" + UUID.randomUUID(), null, read), 404);
    assertOutcome(send("GET", "/DiagnosticReport?status=final", null, search), 400);
    assertOutcome(exchange("POST", base() + "/DiagnosticReport/_search", "status=final", true,
        Map.of("Content-Type", "application/x-www-form-urlencoded",
            "X-Request-ID", postedSearch)), 400);

    assertThat(deadLetters.list(true, 1000)).extracting(DeadLetter::controlId)
        .doesNotContain(read, search, postedSearch);
  }

  @Test
  void aFixedReportIsReplayedThroughTheApiAndItsDeadLetterResolved() throws Exception {
    String accession = FhirSamples.unique("ACC");
    String requestId = FhirSamples.unique("REQ");
    DiagnosticReport withdrawn = reportFor(accession);
    withdrawn.setStatus(DiagnosticReportStatus.ENTEREDINERROR);
    assertOutcome(send("POST", "/DiagnosticReport", pretty(withdrawn), requestId), 422);
    DeadLetter letter = deadLetterFor(requestId);

    JsonNode unchanged = replay(letter.id(), null);
    assertThat(unchanged.get("accepted").asBoolean()).isFalse();
    assertThat(unchanged.get("code").asText()).isEqualTo("422");
    String fixed = pretty(withdrawn.setStatus(DiagnosticReportStatus.FINAL));
    JsonNode replayed = replay(letter.id(), fixed);

    assertThat(replayed.get("accepted").asBoolean()).as(replayed.toString()).isTrue();
    assertThat(replayed.get("code").asText()).isEqualTo("201");
    DeadLetter resolved = deadLetters.find(letter.id()).orElseThrow();
    assertThat(resolved.status()).isEqualTo(DeadLetter.Status.RESOLVED);
    assertThat(resolved.resolvedBy()).isEqualTo(USER);
    assertThat(resolved.replayCount()).isEqualTo(2);
    ArchivedMessage archived = archive.find(resolved.resolvedMessageId()).orElseThrow();
    assertThat(archived.deadLetterId()).isEqualTo(letter.id());
    assertThat(archived.controlId()).isEqualTo(requestId);
    assertThat(archived.raw()).isEqualTo(fixed.getBytes(StandardCharsets.UTF_8));
    assertThat(reports.ofAccession(accession)).hasSize(1);
  }

  @Test
  void aRefusedUpdateIsReplayedAsAnUpdate() throws Exception {
    String accession = FhirSamples.unique("ACC");
    ServiceRequest order = orderFor(accession);
    String orderId = idOf(send("POST", "/ServiceRequest", pretty(order),
        FhirSamples.unique("REQ")));
    ServiceRequest cancel = order.copy();
    cancel.setId(orderId);
    cancel.setStatus(ServiceRequestStatus.REVOKED);
    cancel.getIdentifier().clear();
    cancel.addIdentifier(FhirSamples.accessionIdentifier(FhirSamples.unique("ACC")));
    String requestId = FhirSamples.unique("REQ");
    assertOutcome(send("PUT", "/ServiceRequest/" + orderId, pretty(cancel), requestId), 422);
    DeadLetter letter = deadLetterFor(requestId);
    assertThat(letter.messageType()).isEqualTo("ServiceRequest update");

    cancel.getIdentifier().clear();
    JsonNode replayed = replay(letter.id(), pretty(cancel));

    assertThat(replayed.get("accepted").asBoolean()).as(replayed.toString()).isTrue();
    assertThat(replayed.get("code").asText()).isEqualTo("200");
    assertThat(exams.findByAccession(accession).orElseThrow().status())
        .isEqualTo(ExamStatus.CANCELLED);
  }

  @Test
  void aFailureAfterTheReportInsertArchivesNothingAndIsKeptForReplay() throws Exception {
    String accession = FhirSamples.unique("ACC");
    String requestId = FhirSamples.unique("REQ");
    FailOnceAfterReportInsert.MARKED.add(accession);

    assertOutcome(send("POST", "/DiagnosticReport", pretty(reportFor(accession)), requestId), 500);

    assertThat(reports.ofAccession(accession)).isEmpty();
    assertThat(archive.findByControlId("FHIR", USER, requestId)).isEmpty();
    DeadLetter letter = deadLetterFor(requestId);
    assertThat(letter.ackCode()).isEqualTo("500");
    assertThat(letter.reason()).contains("incident");

    assertThat(replay(letter.id(), null).get("accepted").asBoolean()).isTrue();
    assertThat(reports.ofAccession(accession)).hasSize(1);
    assertThat(archived(requestId).deadLetterId()).isEqualTo(letter.id());
  }

  private ServiceRequest orderFor(String accession) {
    return samples.chestCtRequest(accession,
        FhirSamples.patient(FhirSamples.nhsNumber(), FhirSamples.unique("MRN")));
  }

  private DiagnosticReport reportFor(String accession) {
    return samples.ultrasoundReport(accession, FhirSamples.byNhsNumber(FhirSamples.nhsNumber()));
  }

  /** Pretty-printed, so the archived bytes differ from what HAPI would encode again. */
  private String pretty(Resource resource) {
    return context.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
  }

  private ArchivedMessage archived(String requestId) {
    return archive.findByControlId("FHIR", USER, requestId)
        .orElseThrow(() -> new AssertionError("nothing archived for " + requestId));
  }

  private DeadLetter deadLetterFor(String requestId) {
    return deadLetters.list(true, 1000).stream()
        .filter(d -> requestId.equals(d.controlId())).findFirst()
        .orElseThrow(() -> new AssertionError("no dead letter for " + requestId));
  }

  /** Replays through the dead-letter API, as the integration account (an administrator). */
  private JsonNode replay(UUID id, String text) throws Exception {
    String body = text == null ? null : JSON.writeValueAsString(Map.of("text", text));
    HttpResponse<String> answer = exchange("POST", "http://localhost:" + port
        + "/api/dead-letters/" + id + "/replay", body, true,
        Map.of("Content-Type", "application/json", "Accept", "application/json"));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  /** The id of the resource an answer carries. */
  private String idOf(HttpResponse<String> answer) {
    return context.newJsonParser().parseResource(answer.body()).getIdElement().getIdPart();
  }

  private void assertOutcome(HttpResponse<String> answer, int status) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    OperationOutcome outcome = context.newJsonParser()
        .parseResource(OperationOutcome.class, answer.body());
    assertThat(outcome.getIssueFirstRep().getDiagnostics()).isNotBlank();
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();
}
