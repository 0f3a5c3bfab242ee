package org.vigil.alerts.safetynet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.vigil.record.Patient;

/**
 * Fills the trust's wording. Its only inputs are the patient's name, the configured trust and
 * contact, and today's date: nothing of the report can reach a notice, by construction.
 */
final class NoticeWording {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private NoticeWording() {}

  static String render(SafetyNetProperties properties, Patient patient, LocalDate today) {
    Map<String, String> values = Map.of(
        "givenName", patient == null || patient.givenName() == null ? "" : title(patient.givenName()),
        "familyName", patient == null || patient.familyName() == null ? ""
            : title(patient.familyName()),
        "trust", properties.trust(),
        "contact", properties.contact(),
        "date", DATE.format(today));
    String text = properties.wording();
    for (Map.Entry<String, String> v : values.entrySet()) {
      text = text.replace("{" + v.getKey() + "}", v.getValue());
    }
    return text.replaceAll(" {2,}", " ");
  }

  /** "BLOGGS" as "Bloggs": feeds send names in capitals; letters should not shout. */
  private static String title(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean start = true;
    for (char c : name.toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == ' ' || c == '-' || c == '\'';
    }
    return out.toString();
  }
}
