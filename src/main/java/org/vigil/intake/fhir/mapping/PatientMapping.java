package org.vigil.intake.fhir.mapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient.LinkType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.springframework.stereotype.Component;
import org.vigil.record.FieldLimits;
import org.vigil.record.Patient;
import org.vigil.record.PatientDetails;
import org.vigil.record.PatientIdentifier;
import org.vigil.record.Patients;
import org.vigil.record.Patients.IdentifierRecord;
import org.vigil.record.Sex;

/** Patients between FHIR and Vigil: a FHIR Patient's details in, Vigil's patient record out. */
@Component
public class PatientMapping {

  private final FhirIdentifiers identifiers;
  private final Patients patients;

  PatientMapping(FhirIdentifiers identifiers, Patients patients) {
    this.identifiers = identifiers;
    this.patients = patients;
  }

  /** What a FHIR Patient (contained or inline) says about the patient. */
  PatientDetails details(org.hl7.fhir.r4.model.Patient fhir, String element) {
    List<PatientIdentifier> ids = new ArrayList<>();
    for (Identifier identifier : fhir.getIdentifier()) {
      identifiers.toVigil(identifier, element + ".identifier").ifPresent(ids::add);
    }
    HumanName name = fhir.getName().stream()
        .filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL).findFirst()
        .orElse(fhir.getNameFirstRep());
    String given = name.getGiven().stream().map(StringType::getValue).reduce((a, b) -> a + " " + b)
        .orElse(null);
    return new PatientDetails(ids,
        FhirProblems.fit(name.getFamily(), FieldLimits.PERSON_NAME, element + ".name.family"),
        FhirProblems.fit(given, FieldLimits.PERSON_NAME, element + ".name.given"),
        birthDate(fhir), sex(fhir.getGender()));
  }

  /** Vigil's patient as a base R4 Patient; a merged-away record links to the one that replaced it. */
  public org.hl7.fhir.r4.model.Patient toFhir(Patient patient) {
    var fhir = new org.hl7.fhir.r4.model.Patient();
    fhir.setId(patient.id().toString());
    fhir.setActive(!patient.isMerged());
    Set<String> seen = new LinkedHashSet<>();
    for (IdentifierRecord record : patients.identifiers(patient.id())) {
      PatientIdentifier id = record.identifier();
      if (seen.add(id.authority() + "|" + id.value())) {
        fhir.addIdentifier(identifiers.toFhir(id, record.active()));
      }
    }
    if (patient.familyName() != null || patient.givenName() != null) {
      HumanName name = fhir.addName().setUse(HumanName.NameUse.OFFICIAL)
          .setFamily(patient.familyName());
      if (patient.givenName() != null) {
        for (String given : patient.givenName().strip().split("\\s+")) {
          name.addGiven(given);
        }
      }
    }
    if (patient.birthDate() != null) {
      fhir.setBirthDateElement(new DateType(patient.birthDate().toString()));
    }
    fhir.setGender(gender(patient.sex()));
    addLinks(patient, fhir);
    return fhir;
  }

  private void addLinks(Patient patient, org.hl7.fhir.r4.model.Patient fhir) {
    if (patient.isMerged()) {
      fhir.addLink().setType(LinkType.REPLACEDBY)
          .setOther(new Reference("Patient/" + patient.mergedInto()));
    }
    for (Patients.MergeRecord merge : patients.mergesInto(patient.id())) {
      fhir.addLink().setType(LinkType.REPLACES).setOther(new Reference("Patient/" + merge.merged()));
    }
  }

  private static LocalDate birthDate(org.hl7.fhir.r4.model.Patient fhir) {
    DateType birth = fhir.getBirthDateElement();
    if (birth == null || birth.isEmpty() || birth.getPrecision() != ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY) {
      return null;
    }
    return LocalDate.of(birth.getYear(), birth.getMonth() + 1, birth.getDay());
  }

  static Sex sex(AdministrativeGender gender) {
    if (gender == null) {
      return Sex.U;
    }
    return switch (gender) {
      case FEMALE -> Sex.F;
      case MALE -> Sex.M;
      case OTHER -> Sex.O;
      default -> Sex.U;
    };
  }

  static AdministrativeGender gender(Sex sex) {
    return switch (sex) {
      case F -> AdministrativeGender.FEMALE;
      case M -> AdministrativeGender.MALE;
      case O -> AdministrativeGender.OTHER;
      case U -> AdministrativeGender.UNKNOWN;
    };
  }
}
