package org.vigil.intake.fhir.mapping;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.InstantType;

/** Vigil's instants as FHIR date-times, always with a zone (UTC). */
final class FhirTime {

  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  private FhirTime() {}

  static DateTimeType dateTime(Instant instant) {
    return new DateTimeType(Date.from(instant), TemporalPrecisionEnum.SECOND, UTC);
  }

  static InstantType instant(Instant instant) {
    return new InstantType(Date.from(instant), TemporalPrecisionEnum.MILLI, UTC);
  }
}
