package org.vigil.intake.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.DiagnosticReport.DiagnosticReportStatus;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.vigil.intake.fhir.mapping.FhirIdentifiers;

/** Bad resources, the capability statement and authentication; run on H2 and PostgreSQL. */
abstract class FhirProtocolSuite extends FhirHttpTest {

  @Test
  void aReportWithoutASubjectIsRefusedWithAnOutcomeSayingSo() {
    DiagnosticReport report = samples.ultrasoundReport(FhirSamples.unique("ACC"), null);
    report.setSubject(null);
    assertRefused(report, 422, "DiagnosticReport.subject is required");
  }

  @Test
  void aReportBasedOnAnUnknownRequestAndWithoutAccessionIsRefused() {
    DiagnosticReport report = samples.ctHeadReport(FhirSamples.byNhsNumber(
        FhirSamples.nhsNumber()), new Reference("ServiceRequest/" + UUID.randomUUID()));
    assertRefused(report, 422, "basedOn does not refer to a ServiceRequest Vigil knows");
  }

  @Test
  void aReportVigilCannotRecordIsRefused() {
    DiagnosticReport withdrawn = samples.ultrasoundReport(FhirSamples.unique("ACC"),
        FhirSamples.byNhsNumber(FhirSamples.nhsNumber()));
    withdrawn.setStatus(DiagnosticReportStatus.ENTEREDINERROR);
    assertRefused(withdrawn, 422, "DiagnosticReport.status must be");
    DiagnosticReport empty = samples.ultrasoundReport(FhirSamples.unique("ACC"),
        FhirSamples.byNhsNumber(FhirSamples.nhsNumber()));
    empty.setConclusion(null);
    assertRefused(empty, 422, "no report text");
  }

  @Test
  void anOrderWithoutAccessionNumberOrUsablePatientIdentifierIsRefused() {
    ServiceRequest noAccession = samples.chestCtRequest("x",
        FhirSamples.patient(FhirSamples.nhsNumber(), FhirSamples.unique("MRN")));
    noAccession.getIdentifier().clear();
    assertRefused(noAccession, 422, "needs an accession number");

    Patient badNhsNumber = new Patient();
    badNhsNumber.addIdentifier().setSystem(FhirIdentifiers.NHS_SYSTEM).setValue("1234567890");
    assertRefused(samples.chestCtRequest(FhirSamples.unique("ACC"), badNhsNumber), 422,
        "no usable patient identifier");
  }

  @Test
  void unparsableJsonAndTheWrongResourceTypeAreRefusedWith400() throws Exception {
    assertOutcome(send("POST", "/ServiceRequest", "{\"resourceType\": \"ServiceRequest\", ",
        true), 400);
    assertOutcome(send("POST", "/ServiceRequest", samples.json(
        "diagnosticreport-example-ultrasound.json").replace("\"id\": \"ultrasound\",", ""), true),
        400);
    assertOutcome(send("POST", "/ServiceRequest",
        "{\"resourceType\": \"ServiceRequest\", \"stauts\": \"active\"}", true), 400);
  }

  @Test
  void unknownIdsAndSearchesWithoutACriterionAreAnswered404And400() {
    assertThat(catchThrowableOfType(ResourceNotFoundException.class, () -> client.read()
        .resource(ServiceRequest.class).withId("not-a-vigil-id").execute())).isNotNull();
    assertThat(catchThrowableOfType(ResourceNotFoundException.class, () -> client.read()
        .resource(Patient.class).withId(UUID.randomUUID().toString()).execute())).isNotNull();
    assertThat(catchThrowableOfType(InvalidRequestException.class, () -> client.search()
        .byUrl("DiagnosticReport?status=final").execute())).isNotNull();
  }

  @Test
  void theCapabilityStatementListsWhatVigilAccepts() {
    CapabilityStatement metadata = client.capabilities().ofType(CapabilityStatement.class)
        .execute();
    assertValid(metadata);
    assertThat(metadata.getFhirVersion().toCode()).startsWith("4.0");
    assertThat(metadata.getRestFirstRep().getResource())
        .extracting(CapabilityStatementRestResourceComponent::getType)
        .contains("Patient", "ServiceRequest", "DiagnosticReport");
    CapabilityStatementRestResourceComponent reports = metadata.getRestFirstRep().getResource()
        .stream().filter(r -> r.getType().equals("DiagnosticReport")).findFirst().orElseThrow();
    assertThat(reports.getInteraction()).extracting(i -> i.getCode().toCode())
        .contains("create", "update", "read", "search-type");
    assertThat(reports.getSearchParam()).extracting(p -> p.getName())
        .contains("patient", "based-on", "identifier", "status");
  }

  @Test
  void requestsWithoutValidCredentialsAreRefused() throws Exception {
    assertThat(send("GET", "/ServiceRequest?identifier=x", null, false).statusCode())
        .isEqualTo(401);
    assertThat(send("POST", "/ServiceRequest", "{}", false).statusCode()).isEqualTo(401);
  }

  @Test
  void theCapabilityStatementAnswersWithoutSignIn() throws Exception {
    HttpResponse<String> metadata = send("GET", "/metadata", null, false);
    assertThat(metadata.statusCode()).isEqualTo(200);
    assertThat(context.newJsonParser().parseResource(CapabilityStatement.class, metadata.body())
        .getFhirVersion().toCode()).startsWith("4.0");
  }

  @Test
  void anUnsupportedResourceTypeIsAnswered404WithAnOutcomeNot500() throws Exception {
    String observation = "{\"resourceType\": \"Observation\", \"status\": \"final\", "
        + "\"code\": {\"text\": \"x\"}}";
    assertOutcome(send("POST", "/Observation", observation, true), 404);
    assertOutcome(send("GET", "/Observation/1", null, true), 404);
    assertOutcome(send("GET", "/Observation?status=final", null, true), 404);
  }

  @Test
  void anUnsupportedInteractionIsAnswered405WithAnOutcome() throws Exception {
    assertOutcome(send("DELETE", "/ServiceRequest/" + UUID.randomUUID(), null, true), 405);
    assertOutcome(send("PATCH", "/DiagnosticReport/" + UUID.randomUUID(), "[]", true), 405);
  }

  @Test
  void turtleWhichVigilDoesNotSpeakIsRefusedWithAnOutcomeInJson() throws Exception {
    HttpResponse<String> turtle = exchange("GET", base() + "/metadata", null, true,
        java.util.Map.of("Accept", "text/turtle"));
    assertOutcome(turtle, 406);
    assertOutcome(send("GET", "/metadata?_format=ttl", null, true), 406);
    assertOutcome(exchange("POST", base() + "/ServiceRequest", "<> a <x> .", true,
        java.util.Map.of("Content-Type", "text/turtle")), 415);
  }

  private void assertRefused(IBaseResource resource, int status, String says) {
    BaseServerResponseException refused = catchThrowableOfType(
        BaseServerResponseException.class, () -> client.create().resource(resource).execute());
    assertThat(refused).as("refusal").isNotNull();
    assertThat(refused.getStatusCode()).isEqualTo(status);
    OperationOutcome outcome = (OperationOutcome) refused.getOperationOutcome();
    assertValid(outcome);
    assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains(says);
  }

  private void assertOutcome(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    OperationOutcome outcome = context.newJsonParser()
        .parseResource(OperationOutcome.class, response.body());
    assertValid(outcome);
    assertThat(outcome.getIssueFirstRep().getDiagnostics()).isNotBlank();
  }
}
