package org.vigil.intake.hl7.mapping;

import static org.vigil.intake.hl7.mapping.Hl7Fields.fit;
import static org.vigil.intake.hl7.mapping.Hl7Fields.text;
import static org.vigil.record.FieldLimits.IDENTIFIER_AUTHORITY;
import static org.vigil.record.FieldLimits.IDENTIFIER_TYPE;
import static org.vigil.record.FieldLimits.IDENTIFIER_VALUE;
import static org.vigil.record.FieldLimits.PERSON_NAME;

import ca.uhn.hl7v2.model.v251.datatype.CX;
import ca.uhn.hl7v2.model.v251.datatype.HD;
import ca.uhn.hl7v2.model.v251.datatype.XPN;
import ca.uhn.hl7v2.model.v251.segment.PID;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.intake.hl7.Hl7Rejection;
import org.vigil.record.PatientDetails;
import org.vigil.record.PatientIdentifier;
import org.vigil.record.Sex;

/**
 * PID to {@link PatientDetails}: every PID-3 repetition (CX.1 value, CX.4 assigning authority,
 * CX.5 type), PID-5 name, PID-7 birth date, PID-8 sex. An identifier of type NH, or whose
 * authority mentions NHS, is the NHS number (authority "NHS", spaces and dashes removed).
 */
final class PatientMapping {

  private PatientMapping() {}

  static PatientDetails patient(PID pid) {
    if (pid == null) {
      throw Hl7Rejection.error(Hl7Rejection.REQUIRED_FIELD_MISSING, "PID segment is missing");
    }
    List<PatientIdentifier> identifiers = new ArrayList<>();
    for (CX cx : pid.getPatientIdentifierList()) {
      PatientIdentifier id = identifier(cx, "PID-3");
      if (id != null && !identifiers.contains(id)) {
        identifiers.add(id);
      }
    }
    if (identifiers.isEmpty()) {
      throw Hl7Rejection.error(Hl7Rejection.REQUIRED_FIELD_MISSING,
          "PID-3 patient identifier list is empty");
    }
    XPN name = pid.getPatientName().length > 0 ? pid.getPatientName(0) : null;
    return new PatientDetails(identifiers,
        name == null ? null : fit(text(name.getFamilyName().getSurname()), PERSON_NAME, "PID-5.1"),
        name == null ? null : fit(text(name.getGivenName()), PERSON_NAME, "PID-5.2"),
        Hl7Time.date(text(pid.getDateTimeOfBirth().getTime())),
        Sex.fromCode(text(pid.getAdministrativeSex())));
  }

  /** One CX of {@code field} (PID-3, MRG-1) as an identifier; null when it has no value. */
  static PatientIdentifier identifier(CX cx, String field) {
    String value = fit(text(cx.getIDNumber()), IDENTIFIER_VALUE, field + ".1");
    if (value == null) {
      return null;
    }
    String authority = fit(authority(cx.getAssigningAuthority()), IDENTIFIER_AUTHORITY,
        field + ".4");
    String type = fit(text(cx.getIdentifierTypeCode()), IDENTIFIER_TYPE, field + ".5");
    if (isNhs(authority, type)) {
      return new PatientIdentifier(PatientIdentifier.NHS, value.replace(" ", "").replace("-", ""),
          "NH");
    }
    return new PatientIdentifier(authority, value, type);
  }

  static boolean isNhs(String authority, String type) {
    return "NH".equalsIgnoreCase(type)
        || (authority != null && authority.toUpperCase(Locale.ROOT).contains("NHS"));
  }

  private static String authority(HD hd) {
    return Hl7Fields.firstNonNull(text(hd.getNamespaceID()), text(hd.getUniversalID()));
  }
}
