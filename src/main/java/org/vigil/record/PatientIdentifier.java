package org.vigil.record;

import java.util.Objects;

/**
 * An identifier with its assigning authority (HL7 CX.4), e.g. a hospital MRN ("RX1", "123456")
 * or an NHS number (authority {@value #NHS}). {@code type} is the identifier type code (MR, NH...).
 */
public record PatientIdentifier(String authority, String value, String type) {

  public static final String NHS = "NHS";

  public PatientIdentifier {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("identifier value is blank");
    }
    authority = authority == null || authority.isBlank() ? "LOCAL" : authority.strip();
    value = value.strip();
  }

  public static PatientIdentifier nhs(NhsNumber number) {
    return new PatientIdentifier(NHS, number.value(), "NH");
  }
}
