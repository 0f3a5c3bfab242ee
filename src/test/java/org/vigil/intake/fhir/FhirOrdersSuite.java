package org.vigil.intake.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vigil.intake.fhir.mapping.FhirIdentifiers;
import org.vigil.record.Exam;
import org.vigil.record.ExamId;
import org.vigil.record.ExamStatus;
import org.vigil.record.Exams;
import org.vigil.record.Priority;

/** Imaging orders in as ServiceRequest, read and searched back; run on H2 and PostgreSQL. */
abstract class FhirOrdersSuite extends FhirHttpTest {

  @Autowired Exams exams;

  @Test
  void recordsTheChestCtRequestForAContainedPatientAndReadsItBackAsValidR4() {
    String nhs = FhirSamples.nhsNumber();
    String accession = FhirSamples.unique("ACC");
    MethodOutcome outcome = create(samples.chestCtRequest(accession,
        FhirSamples.patient(nhs, FhirSamples.unique("MRN"))));

    assertThat(outcome.getCreated()).isTrue();
    ServiceRequest read = client.read().resource(ServiceRequest.class)
        .withId(outcome.getId().getIdPart()).execute();
    assertValid(read);
    assertThat(read.getIdElement().getIdPart()).isEqualTo(outcome.getId().getIdPart());
    assertThat(read.getStatus()).isEqualTo(ServiceRequestStatus.ACTIVE);
    assertThat(read.getIntent()).isEqualTo(ServiceRequest.ServiceRequestIntent.ORDER);
    assertThat(read.getIdentifier()).extracting(Identifier::getValue).containsExactly(accession);
    assertThat(read.getCode().getText()).isEqualTo("Chest CT");
    assertThat(read.getRequester().getDisplay()).isEqualTo("Dr. Adam Careful");
    assertThat(read.getOccurrenceDateTimeType().getValue().toInstant())
        .isEqualTo(Instant.parse("2013-05-08T02:33:27Z"));
    assertThat(read.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("CT");

    Exam exam = exams.find(ExamId.of(outcome.getId().getIdPart())).orElseThrow();
    assertThat(exam.modality()).isEqualTo("CT");
    assertThat(exam.procedureCode()).isEqualTo("24627-2");
    assertThat(exam.priority()).isEqualTo(Priority.ROUTINE);
    assertThat(exam.status()).isEqualTo(ExamStatus.REQUESTED);

    Patient patient = client.read().resource(Patient.class)
        .withId(read.getSubject().getReferenceElement().getIdPart()).execute();
    assertValid(patient);
    assertThat(patient.getIdentifier()).extracting(Identifier::getSystem, Identifier::getValue)
        .contains(org.assertj.core.groups.Tuple.tuple(FhirIdentifiers.NHS_SYSTEM, nhs));
    assertThat(patient.getIdentifier()).extracting(Identifier::getSystem)
        .contains(FhirSamples.MRN_SYSTEM);
    assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Careful");
    assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1961-04-23");
  }

  @Test
  void anOrderNamingItsPatientByNhsNumberIsFiledUnderTheSamePatient() {
    String nhs = FhirSamples.nhsNumber();
    MethodOutcome first = create(samples.chestCtRequest(FhirSamples.unique("ACC"),
        FhirSamples.patient(nhs, FhirSamples.unique("MRN"))));
    ServiceRequest second = samples.chestCtRequest(FhirSamples.unique("ACC"), new Patient());
    second.getContained().clear();
    second.setSubject(FhirSamples.byNhsNumber(nhs));
    MethodOutcome outcome = create(second);

    assertThat(exam(outcome).patientId()).isEqualTo(exam(first).patientId());
  }

  @Test
  void searchesRequestsByPatientAccessionAndStatus() {
    String nhs = FhirSamples.nhsNumber();
    String kept = FhirSamples.unique("ACC");
    String revoked = FhirSamples.unique("ACC");
    MethodOutcome keptOutcome = create(samples.chestCtRequest(kept,
        FhirSamples.patient(nhs, FhirSamples.unique("MRN"))));
    MethodOutcome revokedOutcome = create(samples.chestCtRequest(revoked,
        FhirSamples.patient(nhs, FhirSamples.unique("MRN"))));
    ServiceRequest cancel = samples.chestCtRequest(revoked, FhirSamples.patient(nhs, "x"));
    cancel.getContained().clear();
    cancel.setSubject(FhirSamples.byNhsNumber(nhs));
    cancel.setStatus(ServiceRequestStatus.REVOKED);
    cancel.setId(revokedOutcome.getId().getIdPart());
    client.update().resource(cancel).execute();
    String patient = exam(keptOutcome).patientId().toString();

    assertThat(ids(search("patient=Patient/" + patient))).hasSize(2);
    assertThat(ids(search("identifier=" + kept))).containsExactly(keptOutcome.getId().getIdPart());
    assertThat(ids(search("patient=" + patient + "&status=active")))
        .containsExactly(keptOutcome.getId().getIdPart());
    assertThat(ids(search("patient=" + patient + "&status=revoked")))
        .containsExactly(revokedOutcome.getId().getIdPart());
    assertThat(ids(search("identifier=urn:other|" + kept))).isEmpty();
    assertThat(exam(revokedOutcome).status()).isEqualTo(ExamStatus.CANCELLED);
  }

  @Test
  void anUpdateCannotChangeTheAccessionNumberNorCreateAnOrderUnderItsOwnId() {
    String nhs = FhirSamples.nhsNumber();
    MethodOutcome outcome = create(samples.chestCtRequest(FhirSamples.unique("ACC"),
        FhirSamples.patient(nhs, FhirSamples.unique("MRN"))));
    ServiceRequest moved = samples.chestCtRequest(FhirSamples.unique("ACC"),
        FhirSamples.patient(nhs, FhirSamples.unique("MRN")));
    moved.setId(outcome.getId().getIdPart());

    assertThatThrownBy(() -> client.update().resource(moved).execute())
        .isInstanceOf(UnprocessableEntityException.class)
        .hasMessageContaining("accession number");
    moved.setId(UUID.randomUUID().toString());
    assertThatThrownBy(() -> client.update().resource(moved).execute())
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void theSameOrderSentTwiceIsOneExamination() {
    String accession = FhirSamples.unique("ACC");
    Patient patient = FhirSamples.patient(FhirSamples.nhsNumber(), FhirSamples.unique("MRN"));
    MethodOutcome first = create(samples.chestCtRequest(accession, patient.copy()));
    MethodOutcome again = create(samples.chestCtRequest(accession, patient.copy()));

    assertThat(again.getId().getIdPart()).isEqualTo(first.getId().getIdPart());
    assertThat(again.getCreated()).isNotEqualTo(Boolean.TRUE);
  }

  MethodOutcome create(ServiceRequest request) {
    return client.create().resource(request).execute();
  }

  Exam exam(MethodOutcome outcome) {
    return exams.find(ExamId.of(outcome.getId().getIdPart())).orElseThrow();
  }

  Bundle search(String query) {
    Bundle bundle = client.search().byUrl("ServiceRequest?" + query).returnBundle(Bundle.class)
        .execute();
    assertValid(bundle);
    return bundle;
  }

  static List<String> ids(Bundle bundle) {
    return bundle.getEntry().stream()
        .map(e -> new IdType(e.getResource().getId()).getIdPart()).toList();
  }
}
