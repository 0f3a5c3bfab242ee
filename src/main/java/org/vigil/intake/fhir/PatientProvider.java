package org.vigil.intake.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.stereotype.Component;
import org.vigil.intake.fhir.mapping.FhirIdentifiers;
import org.vigil.intake.fhir.mapping.FhirProblems;
import org.vigil.intake.fhir.mapping.PatientMapping;
import org.vigil.intake.fhir.mapping.References;
import org.vigil.record.NhsNumber;
import org.vigil.record.PatientId;
import org.vigil.record.Patients;

/** Patient: read and search Vigil's patients (by identifier, family name, birth date). */
@Component
class PatientProvider implements IResourceProvider {

  static final int MAX_RESULTS = 100;

  private final Patients patients;
  private final PatientMapping mapping;
  private final FhirIdentifiers identifiers;

  PatientProvider(Patients patients, PatientMapping mapping, FhirIdentifiers identifiers) {
    this.patients = patients;
    this.mapping = mapping;
    this.identifiers = identifiers;
  }

  @Override
  public Class<Patient> getResourceType() {
    return Patient.class;
  }

  @Read
  public Patient read(@IdParam IdType id) {
    return Guard.call("Patient read", () -> References.uuid(id.getIdPart())
        .flatMap(uuid -> patients.find(new PatientId(uuid)))
        .map(mapping::toFhir)
        .orElseThrow(() -> FhirProblems.notFound(id)));
  }

  /** Birth date only narrows a search by identifier or name: on its own it matches too many. */
  @Search
  public List<Patient> search(
      @OptionalParam(name = Patient.SP_IDENTIFIER) TokenParam identifier,
      @OptionalParam(name = Patient.SP_NAME) StringParam name,
      @OptionalParam(name = Patient.SP_BIRTHDATE) DateParam birthDate) {
    return Guard.call("Patient search", () -> {
      if (birthDate != null && birthDate.getPrefix() != null
          && birthDate.getPrefix() != ParamPrefixEnum.EQUAL) {
        throw FhirProblems.badRequest("birthdate takes a date (YYYY, YYYY-MM or YYYY-MM-DD), "
            + "without a comparison prefix");
      }
      Stream<org.vigil.record.Patient> found;
      if (identifier != null) {
        found = byIdentifier(identifier);
      } else if (name != null) {
        found = patients.searchByName(name.getValue(), MAX_RESULTS).stream();
      } else {
        throw FhirProblems.badRequest(
            "search Patient by identifier (system|value) or name; birthdate only narrows those");
      }
      return found
          .filter(p -> name == null || identifier == null || startsWith(p.familyName(), name))
          .filter(p -> birthDate == null || bornOn(p.birthDate(), birthDate))
          .map(mapping::toFhir)
          .toList();
    });
  }

  private Stream<org.vigil.record.Patient> byIdentifier(TokenParam identifier) {
    String system = identifier.getSystem();
    String value = identifier.getValue();
    if (system == null || system.isBlank()) {
      // Without a system only an NHS number identifies a patient unambiguously.
      return NhsNumber.parse(value).stream()
          .flatMap(nhs -> patients.findByNhsNumber(nhs.value()).stream());
    }
    if (FhirIdentifiers.NHS_SYSTEM.equals(system)) {
      return NhsNumber.parse(value).stream()
          .flatMap(nhs -> patients.findByIdentifier(
              org.vigil.record.PatientIdentifier.NHS, nhs.value()).stream());
    }
    return patients.findByIdentifier(identifiers.authorityOf(system), value).stream();
  }

  private static boolean startsWith(String familyName, StringParam name) {
    return familyName != null
        && familyName.toUpperCase().startsWith(name.getValue().strip().toUpperCase());
  }

  private static boolean bornOn(LocalDate birthDate, DateParam wanted) {
    if (birthDate == null || wanted.getValueAsString() == null) {
      return false;
    }
    return birthDate.toString().startsWith(wanted.getValueAsString().substring(0,
        Math.min(10, wanted.getValueAsString().length())));
  }
}
