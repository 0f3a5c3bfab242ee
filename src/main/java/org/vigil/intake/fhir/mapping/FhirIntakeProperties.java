package org.vigil.intake.fhir.mapping;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How this trust's FHIR identifiers map onto Vigil's ({@code vigil.intake.fhir.*}).
 *
 * @param accessionSystems identifier systems that carry accession numbers (besides type ACSN);
 *     the first is used when Vigil writes an accession number out
 * @param placerSystem the system Vigil writes placer order numbers with
 * @param procedureCodeSystem the system Vigil writes its (RIS) procedure codes with
 * @param identifierAuthorities FHIR identifier systems that stand for an HL7 assigning authority
 *     (e.g. a trust's MRN system and HL7 CX.4 "RX1"), so FHIR and HL7 find the same patient
 * @param alertCodeSystems code systems whose {@code conclusionCode} codings are sender-set alert
 *     codes (kept on the report as alert codes); other conclusion codes are diagnoses, not alerts
 * @param maxBodyBytes a larger request body is refused with 413 and its first bytes kept as a dead
 *     letter (the MLLP counterpart is {@code vigil.mllp.max-message-bytes})
 */
@ConfigurationProperties("vigil.intake.fhir")
public record FhirIntakeProperties(
    @DefaultValue("urn:vigil:accession") List<String> accessionSystems,
    @DefaultValue("urn:vigil:placer") String placerSystem,
    @DefaultValue("urn:vigil:procedure-code") String procedureCodeSystem,
    @DefaultValue List<IdentifierAuthority> identifierAuthorities,
    @DefaultValue List<String> alertCodeSystems,
    @DefaultValue("10MB") DataSize maxBodyBytes) {

  public FhirIntakeProperties {
    accessionSystems = List.copyOf(accessionSystems);
    if (accessionSystems.isEmpty()) {
      throw new IllegalArgumentException("vigil.intake.fhir.accession-systems needs one system");
    }
    identifierAuthorities = List.copyOf(identifierAuthorities);
    alertCodeSystems = List.copyOf(alertCodeSystems);
  }

  /** The system Vigil writes accession numbers with. */
  public String accessionSystem() {
    return accessionSystems.get(0);
  }

  /** One FHIR identifier system and the HL7 assigning authority it stands for. */
  public record IdentifierAuthority(String system, String authority) {}
}
