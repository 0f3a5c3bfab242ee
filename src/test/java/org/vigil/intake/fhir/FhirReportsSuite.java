package org.vigil.intake.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.api.MethodOutcome;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DiagnosticReport.DiagnosticReportStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vigil.record.Exam;
import org.vigil.record.ExamId;
import org.vigil.record.ExamStatus;
import org.vigil.record.Exams;
import org.vigil.record.Report;
import org.vigil.record.ReportId;
import org.vigil.record.Reports;

/** Imaging reports in as DiagnosticReport, read and searched back; run on H2 and PostgreSQL. */
abstract class FhirReportsSuite extends FhirHttpTest {

  @Autowired Exams exams;
  @Autowired Reports reports;
  @Autowired org.vigil.directory.ClinicianDirectory directory;

  @Test
  void theCtHeadReportOfALargeTumourIsRecordedAgainstItsRequest() {
    Exam exam = order(FhirSamples.unique("ACC"), FhirSamples.nhsNumber());
    DiagnosticReport f201 = samples.ctHeadReport(new Reference("Patient/" + exam.patientId()),
        new Reference("ServiceRequest/" + exam.id()));
    MethodOutcome outcome = client.create().resource(f201).execute();

    assertThat(outcome.getCreated()).isTrue();
    DiagnosticReport read = read(outcome);
    assertValid(read);
    assertThat(read.getStatus()).isEqualTo(DiagnosticReportStatus.FINAL);
    assertThat(read.getCode().getCodingFirstRep().getCode()).isEqualTo("18748-4");
    assertThat(read.getSubject().getReference()).isEqualTo("Patient/" + exam.patientId());
    assertThat(read.getBasedOnFirstRep().getReference()).isEqualTo("ServiceRequest/" + exam.id());
    assertThat(read.getConclusion()).isEqualTo("CT brains: large tumor sphenoid/clivus.");
    assertThat(text(read)).isEqualTo("CT brains: large tumor sphenoid/clivus.");
    assertThat(read.getIssued().toInstant()).isEqualTo(Instant.parse("2012-12-01T11:00:00Z"));
    assertThat(exams.find(exam.id()).orElseThrow().status()).isEqualTo(ExamStatus.REPORTED);
  }

  @Test
  void aReportThatArrivesBeforeItsRequestMakesItsExaminationAndTheRequestMergesIntoIt() {
    String accession = FhirSamples.unique("ACC");
    String nhs = FhirSamples.nhsNumber();
    MethodOutcome outcome = client.create()
        .resource(samples.ultrasoundReport(accession, FhirSamples.byNhsNumber(nhs))).execute();
    DiagnosticReport first = read(outcome);
    assertValid(first);
    Exam fromResult = exams.findByAccession(accession).orElseThrow();
    assertThat(first.getBasedOnFirstRep().getReference())
        .isEqualTo("ServiceRequest/" + fromResult.id());

    Exam exam = order(accession, nhs);
    assertThat(exam.id()).isEqualTo(fromResult.id());

    DiagnosticReport linked = read(outcome);
    assertValid(linked);
    assertThat(linked.getBasedOnFirstRep().getReference()).isEqualTo("ServiceRequest/" + exam.id());
    assertThat(linked.getConclusion()).isEqualTo("Unremarkable study");
    assertThat(exams.find(exam.id()).orElseThrow().status()).isEqualTo(ExamStatus.REPORTED);
    assertThat(ids(search("based-on=ServiceRequest/" + exam.id())))
        .containsExactly(outcome.getId().getIdPart());
  }

  @Test
  void aResultsOnlyReportTakesItsOwnerFromItsContainedRequestAndEncounter() {
    String accession = FhirSamples.unique("ACC");
    String code = FhirSamples.unique("C");
    DiagnosticReport report = samples.ultrasoundReport(accession,
        FhirSamples.byNhsNumber(FhirSamples.nhsNumber()));
    report.getBasedOn().clear();
    report.setEncounter(null);
    org.hl7.fhir.r4.model.ServiceRequest order = new org.hl7.fhir.r4.model.ServiceRequest();
    order.setId("order");
    order.setStatus(org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus.COMPLETED);
    order.setIntent(org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent.ORDER);
    order.setSubject(report.getSubject());
    order.addIdentifier(FhirSamples.accessionIdentifier(accession));
    order.setRequester(new org.hl7.fhir.r4.model.Reference().setDisplay("Careful, Adam")
        .setIdentifier(new org.hl7.fhir.r4.model.Identifier()
            .setSystem("https://fhir.hl7.org.uk/Id/gmc-number").setValue(code)));
    order.addLocationReference(new org.hl7.fhir.r4.model.Reference().setDisplay("RAD_SITE"));
    org.hl7.fhir.r4.model.Encounter encounter = new org.hl7.fhir.r4.model.Encounter();
    encounter.setId("visit");
    encounter.setStatus(org.hl7.fhir.r4.model.Encounter.EncounterStatus.INPROGRESS);
    encounter.setClass_(new org.hl7.fhir.r4.model.Coding(
        "http://terminology.hl7.org/CodeSystem/v3-ActCode", "EMER", "emergency"));
    report.addContained(order);
    report.addContained(encounter);
    report.addBasedOn(new org.hl7.fhir.r4.model.Reference("#order"));
    report.setEncounter(new org.hl7.fhir.r4.model.Reference("#visit"));

    client.create().resource(report).execute();

    Exam exam = exams.findByAccession(accession).orElseThrow();
    assertThat(exam.requester()).isEqualTo("Careful, Adam (" + code + ")");
    assertThat(exam.site()).isEqualTo("RAD_SITE");
    assertThat(exam.patientClass()).isEqualTo(org.vigil.record.PatientClass.EMERGENCY);
    assertThat(exam.status()).isEqualTo(ExamStatus.REPORTED);
    assertThat(directory.find(new org.vigil.directory.ClinicianKey(
        "https://fhir.hl7.org.uk/Id/gmc-number", code))).get()
        .satisfies(e -> assertThat(e.name()).isEqualTo("Careful, Adam"));
  }

  @Test
  void htmlReportTextIsKeptAsPlainTextWithoutMarkup() {
    DiagnosticReport report = samples.ultrasoundReport(FhirSamples.unique("ACC"),
        FhirSamples.byNhsNumber(FhirSamples.nhsNumber()));
    report.setConclusion(null);
    report.setStatus(DiagnosticReportStatus.PRELIMINARY);
    report.addPresentedForm().setContentType("text/html").setData(("<p>Findings: <b>3 cm</b> "
        + "mass &amp; small effusion.</p><script>alert(1)</script><p>Refer &lt;urgent&gt;.</p>")
        .getBytes(StandardCharsets.UTF_8));
    DiagnosticReport read = read(client.create().resource(report).execute());

    assertValid(read);
    assertThat(read.getStatus()).isEqualTo(DiagnosticReportStatus.PRELIMINARY);
    assertThat(text(read)).isEqualTo("Findings: 3 cm mass & small effusion.\nRefer <urgent>.");
    assertThat(read.hasConclusion()).isFalse();
  }

  @Test
  void anUpdatedReportIsANewVersionAndThePreliminaryStaysReadable() {
    String accession = FhirSamples.unique("ACC");
    DiagnosticReport report = samples.ultrasoundReport(accession,
        FhirSamples.byNhsNumber(FhirSamples.nhsNumber()));
    report.setStatus(DiagnosticReportStatus.PRELIMINARY);
    report.addPresentedForm().setContentType("text/plain")
        .setData("Liver normal. Gallbladder normal.".getBytes(StandardCharsets.UTF_8));
    MethodOutcome preliminary = client.create().resource(report).execute();
    report.setId(preliminary.getId().getIdPart());
    report.setStatus(DiagnosticReportStatus.FINAL);
    MethodOutcome fin = client.update().resource(report).execute();

    assertThat(fin.getId().getIdPart()).isNotEqualTo(preliminary.getId().getIdPart());
    assertThat(reports.ofAccession(accession)).extracting(Report::sequence).containsExactly(1, 2);
    assertThat(read(preliminary).getStatus()).isEqualTo(DiagnosticReportStatus.PRELIMINARY);
    DiagnosticReport finalReport = read(fin);
    assertValid(finalReport);
    assertThat(finalReport.getStatus()).isEqualTo(DiagnosticReportStatus.FINAL);
    assertThat(text(finalReport)).startsWith("Liver normal.").contains("Unremarkable study");
    assertThat(ids(search("identifier=" + accession + "&status=final")))
        .containsExactly(fin.getId().getIdPart());
  }

  @Test
  void searchesReportsByPatient() {
    String nhs = FhirSamples.nhsNumber();
    Exam exam = order(FhirSamples.unique("ACC"), nhs);
    MethodOutcome first = client.create().resource(samples.ctHeadReport(
        FhirSamples.byNhsNumber(nhs), new Reference("ServiceRequest/" + exam.id()))).execute();
    MethodOutcome second = client.create().resource(samples.ultrasoundReport(
        FhirSamples.unique("ACC"), FhirSamples.byNhsNumber(nhs))).execute();

    assertThat(ids(search("patient=Patient/" + exam.patientId())))
        .containsExactlyInAnyOrder(first.getId().getIdPart(), second.getId().getIdPart());
    assertThat(reports.find(ReportId.of(second.getId().getIdPart())).orElseThrow().examId())
        .as("the report without an order has its own (results-only) examination")
        .isNotNull().isNotEqualTo(exam.id());
  }

  Exam order(String accession, String nhs) {
    ServiceRequest request = samples.chestCtRequest(accession,
        FhirSamples.patient(nhs, FhirSamples.unique("MRN")));
    MethodOutcome outcome = client.create().resource(request).execute();
    return exams.find(ExamId.of(outcome.getId().getIdPart())).orElseThrow();
  }

  DiagnosticReport read(MethodOutcome outcome) {
    return client.read().resource(DiagnosticReport.class).withId(outcome.getId().getIdPart())
        .execute();
  }

  Bundle search(String query) {
    Bundle bundle = client.search().byUrl("DiagnosticReport?" + query)
        .returnBundle(Bundle.class).execute();
    assertValid(bundle);
    return bundle;
  }

  static String text(DiagnosticReport report) {
    assertThat(report.getPresentedFormFirstRep().getContentType()).startsWith("text/plain");
    return new String(report.getPresentedFormFirstRep().getData(), StandardCharsets.UTF_8);
  }

  static java.util.List<String> ids(Bundle bundle) {
    return FhirOrdersSuite.ids(bundle);
  }
}
