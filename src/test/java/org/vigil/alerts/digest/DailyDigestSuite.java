package org.vigil.alerts.digest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vigil.alerts.Alert;
import org.vigil.alerts.fhir.ClosedLoopHttpTest;

/**
 * The daily digest with a real SMTP server and a moved clock: one email a day per clinician with
 * alerts awaiting them, listing them without report text or patient name; nobody gets an empty
 * one; nothing before the configured time in the trust's zone.
 */
abstract class DailyDigestSuite extends ClosedLoopHttpTest {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Autowired DailyDigest digest;

  /** Moves the clock to just before (or after) the next 07:30 in London. */
  Instant nextDigestTime() {
    ZonedDateTime now = clock.instant().atZone(LONDON);
    ZonedDateTime at = now.toLocalDate().atTime(LocalTime.of(7, 30)).atZone(LONDON);
    if (!at.isAfter(now)) {
      at = at.plusDays(1);
    }
    return at.toInstant();
  }

  List<MimeMessage> digestsTo(String address) throws Exception {
    return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
      try {
        return m.getSubject().contains("awaiting you")
            && m.getAllRecipients()[0].toString().equals(address);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  @Test
  void eachClinicianWithAlertsAwaitingThemGetsOneDigestADayAtTheConfiguredTime()
      throws Exception {
    Alert alert = criticalAt("RX1-MAIN");
    clock.advance(Duration.ofHours(2));
    Instant digestTime = nextDigestTime();
    clock.advance(Duration.between(clock.instant(), digestTime).minusMinutes(1));
    int before = digestsTo("a.requester@test.nhs.uk").size();

    assertThat(digest.tick()).as("not before 07:30 London").isZero();
    clock.advance(Duration.ofMinutes(2));
    int sent = digest.tick();
    clock.advance(Duration.ofHours(3));
    int again = digest.tick();

    assertThat(sent).isPositive();
    assertThat(again).as("once a day").isZero();
    List<MimeMessage> digests = digestsTo("a.requester@test.nhs.uk");
    assertThat(digests).hasSize(before + 1);
    MimeMessage email = digests.get(digests.size() - 1);
    String body = email.getContent().toString();
    assertThat(body).contains("By category: CRITICAL").contains(alert.subject().accessionNumber())
        .contains("https://vigil.test/alerts/" + alert.id()).contains("OVERDUE")
        .doesNotContain("SECRET-REPORT-TEXT").doesNotContainIgnoringCase("pneumothorax")
        .doesNotContain("Bloggs");
    assertThat(digestsTo("z.idle@test.nhs.uk")).as("nobody gets an empty digest").isEmpty();
  }

  @Test
  void theMostOverdueAlertIsListedFirst() throws Exception {
    Alert older = criticalAt("RX1-MAIN");
    clock.advance(Duration.ofMinutes(30));
    Alert newer = criticalAt("RX1-MAIN");
    clock.advance(Duration.between(clock.instant(), nextDigestTime()).plusMinutes(1));

    digest.tick();

    List<MimeMessage> digests = digestsTo("a.requester@test.nhs.uk");
    String body = digests.get(digests.size() - 1).getContent().toString();
    assertThat(body.indexOf(older.subject().accessionNumber()))
        .isPositive().isLessThan(body.indexOf(newer.subject().accessionNumber()));
  }
}
