package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.vigil.alerts.AlertMessages.order;
import static org.vigil.alerts.AlertMessages.report;
import static org.vigil.alerts.AlertMessages.unique;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.vigil.findings.AlertCategory;
import org.vigil.intake.hl7.mllp.MllpServer;
import org.vigil.support.MllpTestClient;
import org.vigil.support.MovableClock;

/**
 * The closed loop end to end: HL7 through the real MLLP port, the findings engine, a real
 * database (H2 and PostgreSQL), a real SMTP server, and time moved by the test.
 */
@SpringBootTest(properties = {
    "vigil.alerts.sweep-interval=1h",
    "vigil.alerts.mail.enabled=true",
    "vigil.alerts.mail.from=vigil@test.nhs.uk",
    "vigil.alerts.mail.link-base=https://vigil.test",
    "vigil.alerts.retries.max-attempts=2",
    "vigil.alerts.retries.first-delay=1m",
    "spring.mail.host=localhost",
    "spring.mail.port=3025",
    "vigil.alerts.directory.clinicians[0].code=G456",
    "vigil.alerts.directory.clinicians[0].user=referrer",
    "vigil.alerts.directory.clinicians[0].email=gina.doctor@test.nhs.uk",
    "vigil.alerts.directory.clinicians[0].sites=RAD_SITE",
    "vigil.alerts.directory.clinicians[1].code=C123",
    "vigil.alerts.directory.clinicians[1].user=consultant",
    "vigil.alerts.directory.clinicians[1].email=carol.consultant@test.nhs.uk",
    "vigil.alerts.directory.clinicians[2].code=R789",
    "vigil.alerts.directory.clinicians[2].user=radiologist",
    "vigil.alerts.directory.teams[0].name=RAD",
    "vigil.alerts.directory.teams[0].users=teamdoc",
    "vigil.alerts.directory.teams[0].email=rad.team@test.nhs.uk",
    "vigil.alerts.directory.failsafe.email=failsafe@test.nhs.uk",
    "vigil.alerts.directory.clinical-directors.name=Clinical directors",
    "vigil.alerts.directory.clinical-directors.users=director",
    "vigil.alerts.directory.clinical-directors.email=director@test.nhs.uk"})
@Import(MovableClock.Config.class)
abstract class AlertLoopSuite {

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  static final String TENSION = "Large right tension pneumothorax with mediastinal shift.";

  @Autowired MllpServer server;
  @Autowired Alerts alerts;
  @Autowired Deliveries deliveries;
  @Autowired AlertDesk desk;
  @Autowired AlertClockwork clockwork;
  @Autowired MovableClock clock;
  @Autowired AlertBadges badges;
  @Autowired AlertAccess access;

  String send(String message) {
    try (MllpTestClient client = new MllpTestClient(server.port())) {
      String ack = client.send(message);
      assertThat(MllpTestClient.ackCode(ack)).isEqualTo("AA");
      return ack;
    }
  }

  Alert theAlertOf(String accession) {
    await().atMost(Duration.ofSeconds(30)).until(() -> !alerts.ofAccession(accession).isEmpty());
    List<Alert> found = alerts.ofAccession(accession);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  String orderedAt(String site) {
    String mrn = unique("MRN");
    String accession = unique("ACC");
    send(order(mrn, accession, site));
    return mrn + "/" + accession;
  }

  static String mrn(String ref) {
    return ref.split("/")[0];
  }

  static String acc(String ref) {
    return ref.split("/")[1];
  }

  static String content(MimeMessage m) {
    try {
      return m.getContent().toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  List<Delivery> deliveriesAt(Alert alert, int level) {
    return deliveries.ofAlert(alert.id()).stream().filter(d -> d.level() == level).toList();
  }

  @Test
  void aFlaggedCriticalReportSentTwiceRaisesExactlyOneAlertForTheRequester() {
    String ref = orderedAt("RAD_SITE");
    String message = report(mrn(ref), acc(ref), "RAD_SITE", "F", "AA", TENSION);

    send(message);
    send(message.replace("|P|2.4", "|P|2.4").replace("MSH|^~\\&|RIS", "MSH|^~\\&|RIS"));
    send(report(mrn(ref), acc(ref), "RAD_SITE", "F", "AA", TENSION));

    Alert alert = theAlertOf(acc(ref));
    assertThat(alert.category()).isEqualTo(AlertCategory.CRITICAL);
    assertThat(alert.source()).isEqualTo(AlertSource.RADIOLOGIST);
    assertThat(alert.state()).isEqualTo(AlertState.RAISED);
    assertThat(alert.subject().routing().requester()).contains("G456");
    assertThat(deliveriesAt(alert, 0)).extracting(Delivery::recipient)
        .containsExactlyInAnyOrder("user:referrer", "gina.doctor@test.nhs.uk");
  }

  @Test
  void anExamsBadgeShowsItsOpenCriticalAlertToItsRequesterAndOverseersButNotToAStranger() {
    String ref = orderedAt("RAD_SITE");
    send(report(mrn(ref), acc(ref), "RAD_SITE", "F", "AA", TENSION));
    Alert alert = theAlertOf(acc(ref));
    await().atMost(Duration.ofSeconds(30))
        .until(() -> !deliveries.ofAlert(alert.id()).isEmpty());
    List<org.vigil.record.ExamId> exams = List.of(alert.subject().examId());

    assertThat(badges.of(exams, new Viewer("referrer", Set.of("REFERRER"))))
        .containsOnlyKeys(alert.subject().examId())
        .hasEntrySatisfying(alert.subject().examId(), b -> {
          assertThat(b.alertId()).isEqualTo(alert.id());
          assertThat(b.category()).isEqualTo(AlertCategory.CRITICAL);
          assertThat(b.state().isOpen()).isTrue();
        });
    assertThat(badges.of(exams, new Viewer("failsafe", Set.of("FAILSAFE_OFFICER")))).hasSize(1);
    assertThat(badges.of(exams, new Viewer("stranger", Set.of("REFERRER")))).isEmpty();
  }

  @Test
  void anUnflaggedCriticalReportSentTwiceAsksTheRadiologistOnceAndBecomesAnAlertAtItsDeadline() {
    String ref = orderedAt("RAD_SITE");
    send(report(mrn(ref), acc(ref), "RAD_SITE", "F", null, TENSION));
    send(report(mrn(ref), acc(ref), "RAD_SITE", "F", null, TENSION));

    Alert request = theAlertOf(acc(ref));
    assertThat(request.state()).isEqualTo(AlertState.AWAITING_CONFIRMATION);
    assertThat(request.source()).isEqualTo(AlertSource.FINDINGS_ENGINE);
    assertThat(deliveries.ofAlert(request.id())).extracting(Delivery::recipient)
        .contains("user:radiologist", Recipients.FAILSAFE_INBOX);

    clock.advance(Duration.ofMinutes(16));
    clockwork.tick();

    Alert alert = alerts.find(request.id()).orElseThrow();
    assertThat(alert.state()).isIn(AlertState.RAISED, AlertState.NOTIFIED);
    assertThat(alerts.history(alert.id())).extracting(Transition::what)
        .contains("confirmation lapsed");
  }

  @Test
  void theRequesterIsEmailedWithoutAnyReportText() throws Exception {
    String ref = orderedAt("RAD_SITE");
    send(report(mrn(ref), acc(ref), "RAD_SITE", "F", "AA", TENSION, "Secret detail XYZZY."));
    Alert alert = theAlertOf(acc(ref));

    clockwork.tick();

    await().atMost(Duration.ofSeconds(10)).until(() -> Arrays.stream(mail.getReceivedMessages())
        .anyMatch(m -> content(m).contains(alert.id().toString())));
    MimeMessage email = Arrays.stream(mail.getReceivedMessages())
        .filter(m -> content(m).contains(alert.id().toString())).findFirst()
        .orElseThrow();
    String body = content(email);
    assertThat(email.getAllRecipients()[0].toString()).isEqualTo("gina.doctor@test.nhs.uk");
    assertThat(email.getSubject()).contains("CRITICAL").contains(acc(ref));
    assertThat(body).contains("https://vigil.test/alerts/" + alert.id())
        .doesNotContain("pneumothorax").doesNotContain("XYZZY").doesNotContain("Bloggs");
    assertThat(alerts.find(alert.id()).orElseThrow().state()).isEqualTo(AlertState.NOTIFIED);
  }

  @Test
  void anUnacknowledgedCriticalAlertEscalatesAlongTheChainAtTheConfiguredTimes() {
    String ref = orderedAt("RAD_SITE");
    send(report(mrn(ref), acc(ref), "RAD_SITE", "F", "AA", TENSION));
    Alert alert = theAlertOf(acc(ref));

    clock.advance(Duration.ofMinutes(59));
    clockwork.tick();
    assertThat(alerts.find(alert.id()).orElseThrow().escalationLevel()).isZero();

    clock.advance(Duration.ofMinutes(2));
    clockwork.tick();
    assertThat(deliveriesAt(alert, 1)).extracting(Delivery::recipient)
        .contains("user:consultant", "carol.consultant@test.nhs.uk");
    clock.advance(Duration.ofMinutes(15));
    clockwork.tick();
    assertThat(deliveriesAt(alert, 2)).as(() -> alerts.history(alert.id()) + "\n"
        + deliveries.ofAlert(alert.id())).extracting(Delivery::recipient).contains("team:RAD");
    clock.advance(Duration.ofMinutes(15));
    clockwork.tick();
    assertThat(deliveriesAt(alert, 3)).extracting(Delivery::recipient)
        .contains(Recipients.FAILSAFE_INBOX, "failsafe@test.nhs.uk");
    clock.advance(Duration.ofMinutes(15));
    clockwork.tick();
    assertThat(deliveriesAt(alert, 4)).extracting(Delivery::recipient)
        .contains("team:Clinical directors", "director@test.nhs.uk");

    Alert escalated = alerts.find(alert.id()).orElseThrow();
    assertThat(escalated.state()).isEqualTo(AlertState.ESCALATED);
    assertThat(escalated.escalationLevel()).isEqualTo(4);
    assertThat(escalated.nextDueAt()).isNull();
  }

  @Test
  void aReassignedAlertGoesToItsNewOwnerWithANewDeadlineThenEscalatesFromThemToTheFailsafeOffice() {
    String ref = orderedAt("RAD_SITE");
    send(report(mrn(ref), acc(ref), "RAD_SITE", "F", "AA", TENSION));
    Alert alert = theAlertOf(acc(ref));
    clock.advance(Duration.ofMinutes(20));

    desk.reassign(alert.id(), access.reassignmentTarget("team:RAD"), "failsafe",
        "requester on leave");

    Alert reassigned = alerts.find(alert.id()).orElseThrow();
    assertThat(reassigned.state()).isEqualTo(AlertState.RAISED);
    assertThat(reassigned.assignee()).isEqualTo("team:RAD");
    assertThat(reassigned.acknowledgeBy()).isEqualTo(clock.instant().plus(Duration.ofMinutes(60)));
    assertThat(deliveries.ofAlert(alert.id())).filteredOn(d -> d.purpose().equals("REASSIGNED"))
        .extracting(Delivery::recipient).contains("team:RAD", "rad.team@test.nhs.uk");
    assertThat(alerts.history(alert.id())).extracting(Transition::detail)
        .contains("to team:RAD: requester on leave");

    clock.advance(Duration.ofMinutes(61));
    clockwork.tick();
    assertThat(deliveriesAt(alert, 1)).extracting(Delivery::recipient)
        .contains(Recipients.FAILSAFE_INBOX).doesNotContain("user:consultant");
  }

  @Test
  void anAlertCannotBeReassignedToAnInboxNobodyReads() {
    assertThatThrownBy(() -> access.reassignmentTarget("team:Nobody"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no team");
    assertThatThrownBy(() -> access.reassignmentTarget("no.such.person"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no Vigil user");
    assertThatThrownBy(() -> access.reassignmentTarget(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void acknowledgingStopsEscalation() {
    String ref = orderedAt("RAD_SITE");
    send(report(mrn(ref), acc(ref), "RAD_SITE", "F", "AA", TENSION));
    Alert alert = theAlertOf(acc(ref));

    clock.advance(Duration.ofMinutes(30));
    desk.acknowledge(alert.id(), "referrer", AcknowledgementMethod.IN_APP, ReadBack.NOT_VERBAL);
    clock.advance(Duration.ofMinutes(90));
    clockwork.tick();

    Alert acknowledged = alerts.find(alert.id()).orElseThrow();
    assertThat(acknowledged.state()).isEqualTo(AlertState.ACKNOWLEDGED);
    assertThat(acknowledged.escalationLevel()).isZero();
    assertThat(deliveriesAt(alert, 1)).isEmpty();
  }

  @Test
  void anAddendumThatNegatesTheFindingWithdrawsTheAlertAndTellsThoseAlreadyTold() {
    String ref = orderedAt("RAD_SITE");
    send(report(mrn(ref), acc(ref), "RAD_SITE", "F", "AA", TENSION));
    Alert alert = theAlertOf(acc(ref));
    clockwork.tick();

    send(report(mrn(ref), acc(ref), "RAD_SITE", "A", null,
        "Addendum: on review of the lateral film there is no pneumothorax."));

    await().atMost(Duration.ofSeconds(30)).until(() ->
        alerts.find(alert.id()).orElseThrow().state() == AlertState.WITHDRAWN);
    assertThat(deliveries.ofAlert(alert.id()))
        .filteredOn(d -> d.purpose().equals("WITHDRAWAL"))
        .extracting(Delivery::recipient)
        .containsExactlyInAnyOrder("user:referrer", "gina.doctor@test.nhs.uk");
  }

  @Test
  void anAddendumThatOnlyAddsWordsKeepsTheAlert() {
    String ref = orderedAt("RAD_SITE");
    send(report(mrn(ref), acc(ref), "RAD_SITE", "F", "AA", TENSION));
    Alert alert = theAlertOf(acc(ref));

    send(report(mrn(ref), acc(ref), "RAD_SITE", "A", null,
        "Addendum: discussed with the ward team by telephone."));

    await().atMost(Duration.ofSeconds(30)).until(() ->
        !alerts.find(alert.id()).orElseThrow().subject().reportId().equals(alert.subject().reportId()));
    assertThat(alerts.find(alert.id()).orElseThrow().state()).isNotEqualTo(AlertState.WITHDRAWN);
  }

  @Test
  void aReportWithoutAnOrderOrARequesterStillRaisesItsAlertForTheFailsafeOffice() {
    String mrn = unique("MRN");
    String accession = unique("ACC");
    send(report(mrn, accession, "RAD_SITE", "F", "AA", TENSION).replace("G456^Doctor^Gina", ""));

    Alert alert = theAlertOf(accession);

    assertThat(deliveriesAt(alert, 0)).extracting(Delivery::recipient)
        .contains(Recipients.FAILSAFE_INBOX, "failsafe@test.nhs.uk");
  }

  @Test
  void anEmailThatKeepsFailingIsRetriedThenEscalatesInsteadOfFailingQuietly() {
    String ref = orderedAt("RAD_SITE");
    send(report(mrn(ref), acc(ref), "RAD_SITE", "F", "AA", TENSION));
    Alert alert = theAlertOf(acc(ref));
    mail.stop();
    try {
      clockwork.tick();
      Delivery email = deliveriesAt(alert, 0).stream()
          .filter(d -> d.channel() == Channel.EMAIL).findFirst().orElseThrow();
      assertThat(email.status()).isEqualTo(Delivery.Status.PENDING);
      assertThat(email.attempts()).isEqualTo(1);

      clock.advance(Duration.ofMinutes(1));
      clockwork.tick();
    } finally {
      mail.start();
    }

    assertThat(deliveriesAt(alert, 0)).filteredOn(d -> d.channel() == Channel.EMAIL)
        .singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(Delivery.Status.FAILED));
    Alert escalated = alerts.find(alert.id()).orElseThrow();
    assertThat(escalated.state()).isEqualTo(AlertState.ESCALATED);
    assertThat(alerts.history(alert.id())).extracting(Transition::detail)
        .anySatisfy(detail -> assertThat(detail).contains("delivery to EMAIL gina.doctor"));
    assertThat(deliveriesAt(alert, 1)).extracting(Delivery::recipient).contains("user:consultant");
  }
}
