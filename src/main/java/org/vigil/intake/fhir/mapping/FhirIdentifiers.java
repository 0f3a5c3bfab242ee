package org.vigil.intake.fhir.mapping;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Identifier.IdentifierUse;
import org.springframework.stereotype.Component;
import org.vigil.record.FieldLimits;
import org.vigil.record.PatientIdentifier;

/**
 * Translates identifiers between FHIR (system + value + type) and Vigil (assigning authority +
 * value): NHS numbers, configured MRN systems, accession and placer numbers.
 */
@Component
public class FhirIdentifiers {

  public static final String NHS_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
  static final String V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203";
  /** Systems Vigil makes up for HL7 authorities that have no configured FHIR system. */
  static final String AUTHORITY_URN = "urn:vigil:authority:";
  private static final int MAX_AUTHORITY = 100;

  private final FhirIntakeProperties properties;

  FhirIdentifiers(FhirIntakeProperties properties) {
    this.properties = properties;
  }

  /** The Vigil identifier a FHIR patient identifier stands for; empty when it has no value. */
  Optional<PatientIdentifier> toVigil(Identifier identifier, String element) {
    if (!identifier.hasValue() || identifier.getValue().isBlank()) {
      return Optional.empty();
    }
    if (!identifier.hasSystem()) {
      throw FhirProblems.missing(element + ".system",
          "a patient identifier needs a system, or Vigil cannot tell whose number it is");
    }
    String system = identifier.getSystem();
    if (NHS_SYSTEM.equals(system)) {
      String digits = FhirProblems.fit(identifier.getValue(), FieldLimits.IDENTIFIER_VALUE, element + ".value")
          .replace(" ", "").replace("-", "");
      return Optional.of(new PatientIdentifier(PatientIdentifier.NHS, digits, "NH"));
    }
    String authority = authorityOf(system);
    if (authority.length() > MAX_AUTHORITY) {
      throw FhirProblems.unprocessable(
          org.hl7.fhir.r4.model.OperationOutcome.IssueType.TOOLONG, element + ".system",
          "identifier system is longer than " + MAX_AUTHORITY + " characters: configure "
              + "vigil.intake.fhir.identifier-authorities for it");
    }
    return Optional.of(new PatientIdentifier(authority,
        FhirProblems.fit(identifier.getValue(), FieldLimits.IDENTIFIER_VALUE, element + ".value"),
        FhirProblems.fit(typeCode(identifier), FieldLimits.IDENTIFIER_TYPE, element + ".type")));
  }

  /** A Vigil patient identifier written as FHIR; inactive (replaced) ones have use "old". */
  Identifier toFhir(PatientIdentifier identifier, boolean active) {
    Identifier fhir = new Identifier().setSystem(systemOf(identifier.authority()))
        .setValue(identifier.value());
    boolean nhs = PatientIdentifier.NHS.equals(identifier.authority());
    fhir.setUse(!active ? IdentifierUse.OLD : nhs ? IdentifierUse.OFFICIAL : IdentifierUse.USUAL);
    if ("MR".equals(identifier.type())) {
      fhir.setType(type("MR", "Medical record number"));
    }
    return fhir;
  }

  /** The FHIR system for a Vigil assigning authority. */
  String systemOf(String authority) {
    if (PatientIdentifier.NHS.equals(authority)) {
      return NHS_SYSTEM;
    }
    return properties.identifierAuthorities().stream()
        .filter(a -> a.authority().equals(authority))
        .map(FhirIntakeProperties.IdentifierAuthority::system)
        .findFirst()
        .orElse(authority.contains(":") ? authority : AUTHORITY_URN + authority);
  }

  /** The Vigil assigning authority for a FHIR system. */
  public String authorityOf(String system) {
    if (NHS_SYSTEM.equals(system)) {
      return PatientIdentifier.NHS;
    }
    return properties.identifierAuthorities().stream()
        .filter(a -> a.system().equals(system))
        .map(FhirIntakeProperties.IdentifierAuthority::authority)
        .findFirst()
        .orElse(system.startsWith(AUTHORITY_URN) ? system.substring(AUTHORITY_URN.length()) : system);
  }

  boolean isAccession(Identifier identifier) {
    return hasType(identifier, "ACSN") || properties.accessionSystems().contains(identifier.getSystem());
  }

  public boolean isAccessionSystem(String system) {
    return properties.accessionSystems().contains(system);
  }

  public Optional<String> accession(List<Identifier> identifiers) {
    return identifiers.stream().filter(this::isAccession).map(Identifier::getValue)
        .filter(v -> v != null && !v.isBlank()).map(String::strip).findFirst();
  }

  Optional<String> placer(List<Identifier> identifiers) {
    return identifiers.stream()
        .filter(i -> hasType(i, "PLAC") || properties.placerSystem().equals(i.getSystem()))
        .map(Identifier::getValue).filter(v -> v != null && !v.isBlank()).findFirst();
  }

  Optional<String> filler(List<Identifier> identifiers) {
    return identifiers.stream().filter(i -> hasType(i, "FILL")).map(Identifier::getValue)
        .filter(v -> v != null && !v.isBlank()).findFirst();
  }

  public Identifier accessionIdentifier(String accession) {
    return new Identifier().setUse(IdentifierUse.OFFICIAL)
        .setType(type("ACSN", "Accession ID"))
        .setSystem(properties.accessionSystem()).setValue(accession);
  }

  Identifier placerIdentifier(String placer) {
    return new Identifier().setType(type("PLAC", "Placer Identifier"))
        .setSystem(properties.placerSystem()).setValue(placer);
  }

  String procedureCodeSystem() {
    return properties.procedureCodeSystem();
  }

  public static CodeableConcept type(String code, String display) {
    CodeableConcept type = new CodeableConcept();
    type.addCoding().setSystem(V2_0203).setCode(code).setDisplay(display);
    return type;
  }

  private static boolean hasType(Identifier identifier, String code) {
    return identifier.hasType() && identifier.getType().getCoding().stream()
        .anyMatch(c -> code.equals(c.getCode()) && (!c.hasSystem() || V2_0203.equals(c.getSystem())));
  }

  private static String typeCode(Identifier identifier) {
    if (!identifier.hasType()) {
      return null;
    }
    return identifier.getType().getCoding().stream()
        .filter(c -> V2_0203.equals(c.getSystem()) && c.hasCode())
        .map(c -> c.getCode().length() > 20 ? null : c.getCode())
        .findFirst().orElse(null);
  }
}
