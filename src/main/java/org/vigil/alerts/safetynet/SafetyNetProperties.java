package org.vigil.alerts.safetynet;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.vigil.alerts.Channel;
import org.vigil.findings.AlertCategory;

/**
 * The patient safety net ({@code vigil.alerts.safety-net.*}), off unless {@code enabled}. The
 * wording is the trust's: placeholders {@code {givenName}}, {@code {familyName}}, {@code {trust}},
 * {@code {contact}} and {@code {date}}; any other placeholder stops start-up (a letter must never
 * go out with a brace in it). There is deliberately no placeholder for the report or finding.
 *
 * @param medium LETTER or SMS
 * @param categories the categories that queue a notice (default CRITICAL, URGENT, CANCER)
 * @param zone the trust's time zone, for the date in the notice (default Europe/London)
 */
@ConfigurationProperties("vigil.alerts.safety-net")
public record SafetyNetProperties(boolean enabled, Channel medium, Set<AlertCategory> categories,
    String trust, String contact, String letter, String sms, java.time.ZoneId zone) {

  static final Set<String> PLACEHOLDERS =
      Set.of("givenName", "familyName", "trust", "contact", "date");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

  static final String DEFAULT_LETTER = """
      Dear {givenName} {familyName},

      You recently had a scan or X-ray at {trust}. We want to be sure that you have been told \
      about its result and that any care you need has been arranged.

      Please contact {contact} in the next few days, quoting the date of this letter ({date}). \
      If you have already talked about the result with your doctor, you do not need to do \
      anything.

      Yours sincerely,
      The imaging results safety team, {trust}""";

  static final String DEFAULT_SMS = "{trust}: please call {contact} about the result of your "
      + "recent scan or X-ray. If you have already talked about it with your doctor, you do not "
      + "need to do anything.";

  public SafetyNetProperties {
    medium = medium == null ? Channel.LETTER : medium;
    zone = zone == null ? java.time.ZoneId.of("Europe/London") : zone;
    if (medium != Channel.LETTER && medium != Channel.SMS) {
      throw new IllegalArgumentException("vigil.alerts.safety-net.medium must be LETTER or SMS, "
          + "not " + medium);
    }
    categories = categories == null || categories.isEmpty()
        ? EnumSet.of(AlertCategory.CRITICAL, AlertCategory.URGENT, AlertCategory.CANCER)
        : Set.copyOf(categories);
    trust = blank(trust) ? "the hospital" : trust;
    contact = blank(contact) ? "the imaging department" : contact;
    letter = blank(letter) ? DEFAULT_LETTER : letter;
    sms = blank(sms) ? DEFAULT_SMS : sms;
    check("vigil.alerts.safety-net.letter", letter);
    check("vigil.alerts.safety-net.sms", sms);
    if (sms.length() > 480) {
      throw new IllegalArgumentException("vigil.alerts.safety-net.sms is longer than 480 "
          + "characters (three SMS parts)");
    }
  }

  String wording() {
    return medium == Channel.SMS ? sms : letter;
  }

  private static void check(String name, String wording) {
    Matcher m = PLACEHOLDER.matcher(wording);
    while (m.find()) {
      if (!PLACEHOLDERS.contains(m.group(1))) {
        throw new IllegalArgumentException(name + " has an unknown placeholder {" + m.group(1)
            + "}; use " + PLACEHOLDERS);
      }
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
