package org.vigil.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;
import org.vigil.record.Patient;
import org.vigil.record.Sex;

/** A patient's demographics; {@code mergedInto} is set when this record was merged away. */
@Schema(name = "PatientSummary")
record PatientSummary(
    UUID id,
    String nhsNumber,
    String familyName,
    String givenName,
    LocalDate birthDate,
    Sex sex,
    UUID mergedInto) {

  static PatientSummary of(Patient p) {
    return p == null ? null : new PatientSummary(p.id().value(), p.nhsNumber(), p.familyName(),
        p.givenName(), p.birthDate(), p.sex(), p.isMerged() ? p.mergedInto().value() : null);
  }
}
