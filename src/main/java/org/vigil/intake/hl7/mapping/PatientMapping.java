package org.vigil.intake.hl7.mapping;

import static org.vigil.intake.hl7.mapping.Hl7Fields.text;

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
      PatientIdentifier id = identifier(cx);
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
        name == null ? null : Hl7Fields.cut(text(name.getFamilyName().getSurname()), 200),
        name == null ? null : Hl7Fields.cut(text(name.getGivenName()), 200),
        Hl7Time.date(text(pid.getDateTimeOfBirth().getTime())),
        Sex.fromCode(text(pid.getAdministrativeSex())));
  }

  /** One CX as an identifier; null when it has no value. */
  static PatientIdentifier identifier(CX cx) {
    String value = text(cx.getIDNumber());
    if (value == null) {
      return null;
    }
    String authority = authority(cx.getAssigningAuthority());
    String type = text(cx.getIdentifierTypeCode());
    if (isNhs(authority, type)) {
      return new PatientIdentifier(PatientIdentifier.NHS, value.replace(" ", "").replace("-", ""),
          "NH");
    }
    return new PatientIdentifier(Hl7Fields.cut(authority, 100), Hl7Fields.cut(value, 100),
        Hl7Fields.cut(type, 20));
  }

  static boolean isNhs(String authority, String type) {
    return "NH".equalsIgnoreCase(type)
        || (authority != null && authority.toUpperCase(Locale.ROOT).contains("NHS"));
  }

  private static String authority(HD hd) {
    return Hl7Fields.firstNonNull(text(hd.getNamespaceID()), text(hd.getUniversalID()));
  }
}
