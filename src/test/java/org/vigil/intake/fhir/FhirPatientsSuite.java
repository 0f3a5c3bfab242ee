package org.vigil.intake.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.api.MethodOutcome;
import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient.LinkType;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vigil.intake.fhir.mapping.FhirIdentifiers;
import org.vigil.record.Exam;
import org.vigil.record.ExamId;
import org.vigil.record.Exams;
import org.vigil.record.ImagingRecord;
import org.vigil.record.PatientDetails;
import org.vigil.record.PatientIdentifier;
import org.vigil.record.Provenance;
import org.vigil.record.Sex;

/** Vigil's patients read and searched as FHIR Patient; run on H2 and PostgreSQL. */
abstract class FhirPatientsSuite extends FhirHttpTest {

  @Autowired Exams exams;
  @Autowired ImagingRecord record;

  @Test
  void findsAPatientByNhsNumberMrnNameAndBirthDate() {
    String nhs = FhirSamples.nhsNumber();
    String mrn = FhirSamples.unique("MRN");
    String id = patientOf(order(nhs, mrn)).toString();

    assertThat(ids(search("identifier=" + FhirIdentifiers.NHS_SYSTEM + "|" + nhs)))
        .containsExactly(id);
    assertThat(ids(search("identifier=" + nhs))).containsExactly(id);
    assertThat(ids(search("identifier=" + FhirSamples.MRN_SYSTEM + "|" + mrn))).containsExactly(id);
    assertThat(ids(search("identifier=" + FhirSamples.MRN_SYSTEM + "|" + mrn
        + "&birthdate=1961-04-23"))).containsExactly(id);
    assertThat(ids(search("identifier=" + FhirSamples.MRN_SYSTEM + "|" + mrn
        + "&birthdate=1961-04-24"))).isEmpty();
    assertThat(ids(search("name=carEF&birthdate=1961-04-23"))).contains(id);
  }

  @Test
  void aMergedPatientIsReplacedByTheSurvivingRecord() {
    String survivingMrn = FhirSamples.unique("MRN");
    String mergedMrn = FhirSamples.unique("MRN");
    MethodOutcome survivingOrder = order(FhirSamples.nhsNumber(), survivingMrn);
    MethodOutcome mergedOrder = order(FhirSamples.nhsNumber(), mergedMrn);
    var surviving = patientOf(survivingOrder);
    var merged = patientOf(mergedOrder);

    record.mergePatients(new PatientDetails(List.of(new PatientIdentifier("RX1", survivingMrn,
        "MR")), null, null, null, Sex.U), new PatientIdentifier("RX1", mergedMrn, "MR"),
        Provenance.of("TEST", null, Instant.now()));

    Patient old = client.read().resource(Patient.class).withId(merged.toString()).execute();
    assertValid(old);
    assertThat(old.getActive()).isFalse();
    assertThat(old.getLink()).singleElement().satisfies(link -> {
      assertThat(link.getType()).isEqualTo(LinkType.REPLACEDBY);
      assertThat(link.getOther().getReference()).isEqualTo("Patient/" + surviving);
    });
    Patient survivor = client.read().resource(Patient.class).withId(surviving.toString())
        .execute();
    assertValid(survivor);
    assertThat(survivor.getLinkFirstRep().getType()).isEqualTo(LinkType.REPLACES);
    Bundle mergedOrders = client.search().byUrl("ServiceRequest?patient=" + merged)
        .returnBundle(Bundle.class).execute();
    assertThat(FhirOrdersSuite.ids(mergedOrders)).containsExactlyInAnyOrder(
        survivingOrder.getId().getIdPart(), mergedOrder.getId().getIdPart());
  }

  MethodOutcome order(String nhs, String mrn) {
    return client.create().resource(samples.chestCtRequest(FhirSamples.unique("ACC"),
        FhirSamples.patient(nhs, mrn))).execute();
  }

  org.vigil.record.PatientId patientOf(MethodOutcome order) {
    Exam exam = exams.find(ExamId.of(order.getId().getIdPart())).orElseThrow();
    return exam.patientId();
  }

  Bundle search(String query) {
    Bundle bundle = client.search().byUrl("Patient?" + query).returnBundle(Bundle.class).execute();
    assertValid(bundle);
    return bundle;
  }

  static List<String> ids(Bundle bundle) {
    return FhirOrdersSuite.ids(bundle);
  }
}
