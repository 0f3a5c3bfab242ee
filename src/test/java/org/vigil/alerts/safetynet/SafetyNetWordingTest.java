package org.vigil.alerts.safetynet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.alerts.Channel;
import org.vigil.findings.AlertCategory;
import org.vigil.record.Patient;
import org.vigil.record.PatientId;
import org.vigil.record.Sex;

/** The notice wording: the trust's words, a closed set of placeholders, nothing else. */
class SafetyNetWordingTest {

  static final Patient JOE = new Patient(new PatientId(java.util.UUID.randomUUID()), "9434765919",
      "BLOGGS", "JOE", LocalDate.of(1960, 1, 1), Sex.M, null, Instant.EPOCH, Instant.EPOCH);

  static SafetyNetProperties with(Channel medium, String letter, String sms) {
    return new SafetyNetProperties(true, medium, null, "Test Trust", "01234 567890", letter, sms,
        null);
  }

  @Test
  void theDefaultLetterNamesThePatientTheTrustAndTheContactAndNoFinding() {
    String letter = NoticeWording.render(with(Channel.LETTER, null, null), JOE,
        LocalDate.of(2026, 12, 3));

    assertThat(letter).startsWith("Dear Joe Bloggs,").contains("Test Trust")
        .contains("01234 567890").contains("3 December 2026").doesNotContain("{")
        .doesNotContainIgnoringCase("critical").doesNotContainIgnoringCase("cancer");
  }

  @Test
  void anSmsUsesTheSmsWording() {
    String sms = NoticeWording.render(with(Channel.SMS, null, "{trust}: call {contact}."), JOE,
        LocalDate.of(2026, 12, 3));

    assertThat(sms).isEqualTo("Test Trust: call 01234 567890.");
  }

  @Test
  void anUnknownPlaceholderStopsStartUpNamingIt() {
    assertThatThrownBy(() -> with(Channel.LETTER, "Dear {givenName}, your {finding}.", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vigil.alerts.safety-net.letter").hasMessageContaining("{finding}");
  }

  @Test
  void onlyLettersAndTextsAreMediaAndTheDefaultsAreTheUrgentCategories() {
    assertThatThrownBy(() -> with(Channel.EMAIL, null, null))
        .hasMessageContaining("LETTER or SMS");
    assertThat(new SafetyNetProperties(false, null, null, null, null, null, null, null)
        .categories()).isEqualTo(Set.of(AlertCategory.CRITICAL, AlertCategory.URGENT,
            AlertCategory.CANCER));
  }
}
