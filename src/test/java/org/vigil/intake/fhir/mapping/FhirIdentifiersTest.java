package org.vigil.intake.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.List;
import org.hl7.fhir.r4.model.Identifier;
import org.junit.jupiter.api.Test;
import org.vigil.record.PatientIdentifier;

class FhirIdentifiersTest {

  private final FhirIdentifiers identifiers = new FhirIdentifiers(new FhirIntakeProperties(
      List.of("https://trust.example/accession"), "urn:p", "urn:c",
      List.of(new FhirIntakeProperties.IdentifierAuthority("https://trust.example/mrn", "RX1")),
      List.of(), org.springframework.util.unit.DataSize.ofMegabytes(10)));

  @Test
  void anNhsNumberWrittenWithSpacesBecomesVigilsNhsIdentifier() {
    Identifier nhs = new Identifier().setSystem(FhirIdentifiers.NHS_SYSTEM).setValue("943 476 5919");
    assertThat(identifiers.toVigil(nhs, "subject"))
        .contains(new PatientIdentifier("NHS", "9434765919", "NH"));
  }

  @Test
  void systemsAndAuthoritiesTranslateBothWays() {
    for (String system : List.of("https://trust.example/mrn", "https://other.example/id",
        FhirIdentifiers.NHS_SYSTEM)) {
      assertThat(identifiers.systemOf(identifiers.authorityOf(system))).isEqualTo(system);
    }
    assertThat(identifiers.authorityOf("https://trust.example/mrn")).isEqualTo("RX1");
    assertThat(identifiers.systemOf("RX9")).isEqualTo("urn:vigil:authority:RX9");
    assertThat(identifiers.authorityOf("urn:vigil:authority:RX9")).isEqualTo("RX9");
  }

  @Test
  void aPatientIdentifierWithoutSystemIsRefused() {
    assertThatThrownBy(() -> identifiers.toVigil(new Identifier().setValue("123"), "subject"))
        .isInstanceOf(UnprocessableEntityException.class).hasMessageContaining("system");
  }

  @Test
  void theAccessionNumberIsFoundByTypeOrByConfiguredSystem() {
    Identifier placer = identifiers.placerIdentifier("P1");
    Identifier byType = new Identifier().setType(FhirIdentifiers.type("ACSN", null)).setValue("A1");
    Identifier bySystem = new Identifier().setSystem("https://trust.example/accession")
        .setValue("A2");
    assertThat(identifiers.accession(List.of(placer, byType))).contains("A1");
    assertThat(identifiers.accession(List.of(placer, bySystem))).contains("A2");
    assertThat(identifiers.accession(List.of(placer))).isEmpty();
    assertThat(identifiers.placer(List.of(placer, byType))).contains("P1");
  }
}
