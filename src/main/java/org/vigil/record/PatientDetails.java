package org.vigil.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a message says about a patient. Identifiers come first in the order the sender gave them
 * (the first is the primary one); an NHS number with a bad check digit is kept in
 * {@code rejectedNhsNumber} and not used to match.
 */
public record PatientDetails(
    List<PatientIdentifier> identifiers,
    String familyName,
    String givenName,
    LocalDate birthDate,
    Sex sex) {

  public PatientDetails {
    identifiers = List.copyOf(identifiers);
    sex = sex == null ? Sex.U : sex;
    identifiers.forEach(FieldLimits::check);
    FieldLimits.check(familyName, FieldLimits.PERSON_NAME, "family name");
    FieldLimits.check(givenName, FieldLimits.PERSON_NAME, "given name");
  }

  /** The NHS number among the identifiers, if one is there and valid. */
  public Optional<NhsNumber> nhsNumber() {
    return identifiers.stream()
        .filter(id -> PatientIdentifier.NHS.equals(id.authority()))
        .map(id -> NhsNumber.parse(id.value()))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** Identifiers usable for matching: local ones, and the NHS number only when valid. */
  public List<PatientIdentifier> matchableIdentifiers() {
    return identifiers.stream()
        .filter(id -> !PatientIdentifier.NHS.equals(id.authority()) || NhsNumber.isValid(id.value()))
        .toList();
  }
}
