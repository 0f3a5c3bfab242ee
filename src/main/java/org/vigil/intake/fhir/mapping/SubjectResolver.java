package org.vigil.intake.fhir.mapping;

import java.util.List;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;
import org.vigil.record.Patient;
import org.vigil.record.PatientDetails;
import org.vigil.record.PatientId;
import org.vigil.record.PatientIdentifier;
import org.vigil.record.Patients;
import org.vigil.record.Sex;

/**
 * Works out which patient a resource's {@code subject} is: a contained Patient, Vigil's own
 * {@code Patient/<id>}, or a patient identifier (logical or {@code Patient?identifier=...}).
 */
@Component
class SubjectResolver {

  private static final String HOW = "use a contained Patient, Patient/<Vigil id>, "
      + "Reference.identifier, or Patient?identifier=system|value";

  private final Patients patients;
  private final PatientMapping mapping;
  private final FhirIdentifiers identifiers;

  SubjectResolver(Patients patients, PatientMapping mapping, FhirIdentifiers identifiers) {
    this.patients = patients;
    this.mapping = mapping;
    this.identifiers = identifiers;
  }

  /** The patient details for the record; refuses a subject Vigil cannot identify. */
  PatientDetails resolve(Reference subject, DomainResource owner, String element) {
    if (subject == null || (!subject.hasReference() && !subject.hasIdentifier()
        && subject.getResource() == null)) {
      throw FhirProblems.missing(element, element + " is required: " + HOW);
    }
    PatientDetails details = contained(subject, owner, element);
    if (details.matchableIdentifiers().isEmpty()) {
      throw FhirProblems.unprocessable(IssueType.REQUIRED, element, element
          + " has no usable patient identifier (a valid NHS number, or an identifier with a system)");
    }
    return details;
  }

  private PatientDetails contained(Reference subject, DomainResource owner, String element) {
    var patient = References.contained(subject, owner, org.hl7.fhir.r4.model.Patient.class);
    if (patient.isPresent()) {
      return mapping.details(patient.get(), element);
    }
    var identifier = References.identifier(subject, "Patient");
    if (identifier.isPresent()) {
      PatientIdentifier id = identifiers.toVigil(identifier.get(), element + ".identifier")
          .orElseThrow(() -> FhirProblems.missing(element + ".identifier.value",
              "the subject's identifier has no value"));
      return new PatientDetails(List.of(id), null, null, null, Sex.U);
    }
    return known(subject, element);
  }

  private PatientDetails known(Reference subject, String element) {
    Patient patient = References.vigilId(subject, "Patient")
        .flatMap(id -> patients.find(new PatientId(id)))
        .orElseThrow(() -> FhirProblems.unprocessable(IssueType.NOTFOUND, element,
            element + " does not refer to a patient Vigil knows: " + HOW));
    List<PatientIdentifier> ids = patients.identifiers(patient.id()).stream()
        .sorted((a, b) -> Boolean.compare(b.active(), a.active()))
        .map(Patients.IdentifierRecord::identifier)
        .toList();
    return new PatientDetails(ids, null, null, null, Sex.U);
  }
}
