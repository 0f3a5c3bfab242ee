package org.vigil.demo.stream;

import java.time.Instant;
import java.time.LocalDate;
import org.vigil.demo.content.Hl7;
import org.vigil.demo.content.Staff;

/**
 * A synthetic patient. {@code nhsNumber} is null for a record registered without one (the usual
 * cause of a duplicate). When {@code newMrn} is set, the local number changes at
 * {@code mrnChangedAt} (sent as ADT^A47).
 */
record DemoPatient(
    String key,
    String nhsNumber,
    String mrn,
    String newMrn,
    Instant mrnChangedAt,
    String surname,
    String forename,
    String middleName,
    LocalDate birthDate,
    String sex,
    String street,
    String town,
    String postcode,
    String phone,
    Staff.Practice practice) {

  /** The hospital number in use at that moment. */
  String mrnAt(Instant at) {
    return newMrn != null && !at.isBefore(mrnChangedAt) ? newMrn : mrn;
  }

  DemoPatient withMrnChange(String changedTo, Instant at) {
    return new DemoPatient(key, nhsNumber, mrn, changedTo, at, surname, forename, middleName,
        birthDate, sex, street, town, postcode, phone, practice);
  }

  /** A duplicate registration of the same person, without the NHS number and middle name. */
  DemoPatient duplicate(String duplicateKey, String duplicateMrn) {
    return new DemoPatient(duplicateKey, null, duplicateMrn, null, null, surname, forename, null,
        birthDate, sex, street, town, postcode, phone, practice);
  }

  /** The same person at a new address (an ADT^A08 update). */
  DemoPatient movedTo(String newStreet) {
    return new DemoPatient(key, nhsNumber, mrn, newMrn, mrnChangedAt, surname, forename,
        middleName, birthDate, sex, newStreet, town, postcode, phone, practice);
  }

  int ageAt(Instant at) {
    return java.time.Period.between(birthDate, at.atZone(Hl7.LONDON).toLocalDate()).getYears();
  }
}
