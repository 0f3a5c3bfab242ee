package org.vigil.intake.fhir.mapping;

import java.util.Optional;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.vigil.directory.SeenClinician;
import org.vigil.record.PatientClass;

/**
 * Practitioner references as the record and the directory use them. A reference identifies a
 * clinician by its identifier (logical or conditional reference, or a contained Practitioner's
 * first identifier): the system is the assigning authority, the value the code. The record
 * writes the person as HL7 feeds do, "Display (code)", so routing matches either feed alike.
 */
final class FhirPeople {

  private FhirPeople() {}

  static Optional<Identifier> identifier(Reference reference, DomainResource owner) {
    if (reference == null || reference.isEmpty()) {
      return Optional.empty();
    }
    Optional<Identifier> own = References.identifier(reference, "Practitioner")
        .filter(Identifier::hasValue);
    if (own.isPresent()) {
      return own;
    }
    return References.contained(reference, owner, Practitioner.class)
        .flatMap(p -> p.getIdentifier().stream().filter(Identifier::hasValue).findFirst())
        .or(() -> References.contained(reference, owner, PractitionerRole.class)
            .flatMap(r -> r.getIdentifier().stream().filter(Identifier::hasValue).findFirst()));
  }

  static String name(Reference reference, DomainResource owner) {
    if (reference == null) {
      return null;
    }
    if (reference.hasDisplay() && !reference.getDisplay().isBlank()) {
      return reference.getDisplay().strip();
    }
    return References.contained(reference, owner, Practitioner.class)
        .filter(Practitioner::hasName)
        .map(p -> p.getNameFirstRep().hasFamily()
            ? p.getNameFirstRep().getFamily() + (p.getNameFirstRep().hasGiven()
                ? ", " + p.getNameFirstRep().getGivenAsSingleString() : "")
            : p.getNameFirstRep().getText())
        .orElse(null);
  }

  /** "Careful, Adam (C1)", "Careful, Adam", "C1" or null, as an HL7 feed writes a person. */
  static String asWritten(Reference reference, DomainResource owner) {
    String name = name(reference, owner);
    String code = identifier(reference, owner).map(Identifier::getValue).orElse(null);
    if (name == null) {
      return code;
    }
    return code == null ? name : name + " (" + code + ")";
  }

  static SeenClinician seen(Reference reference, DomainResource owner) {
    return identifier(reference, owner)
        .map(id -> SeenClinician.of(id.getSystem(), id.getValue(), name(reference, owner)))
        .orElse(null);
  }

  /** A contained Encounter's class as the record's setting (v3 ActCode EMER, IMP, AMB...). */
  static PatientClass setting(Reference encounter, DomainResource owner) {
    return References.contained(encounter, owner, Encounter.class)
        .filter(Encounter::hasClass_)
        .map(e -> switch (e.getClass_().getCode() == null ? "" : e.getClass_().getCode()) {
          case "EMER" -> PatientClass.EMERGENCY;
          case "IMP", "ACUTE", "NONAC", "SS" -> PatientClass.INPATIENT;
          case "AMB", "OBSENC", "PRENC", "VR", "HH" -> PatientClass.OUTPATIENT;
          default -> PatientClass.UNKNOWN;
        })
        .orElse(null);
  }
}
