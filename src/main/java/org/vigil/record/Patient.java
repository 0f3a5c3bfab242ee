package org.vigil.record;

import java.time.Instant;
import java.time.LocalDate;

/** A patient as the record holds it. {@code mergedInto} is set when this record was merged away. */
public record Patient(
    PatientId id,
    String nhsNumber,
    String familyName,
    String givenName,
    LocalDate birthDate,
    Sex sex,
    PatientId mergedInto,
    Instant createdAt,
    Instant updatedAt) {

  public boolean isMerged() {
    return mergedInto != null;
  }

  public String displayName() {
    String family = familyName == null ? "" : familyName.toUpperCase();
    String given = givenName == null ? "" : givenName;
    String name = (family + ", " + given).strip();
    return name.equals(",") ? "(no name)" : name;
  }
}
