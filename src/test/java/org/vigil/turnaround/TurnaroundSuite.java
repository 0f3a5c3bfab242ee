package org.vigil.turnaround;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.vigil.turnaround.TurnaroundMessages.order;
import static org.vigil.turnaround.TurnaroundMessages.report;
import static org.vigil.turnaround.TurnaroundMessages.unique;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigil.intake.hl7.mllp.MllpServer;
import org.vigil.record.Exam;
import org.vigil.record.ExamId;
import org.vigil.record.Exams;
import org.vigil.support.MllpTestClient;
import org.vigil.support.MovableClock;

/**
 * Turnaround end to end: HL7 through the real MLLP port, the backlog kept from the record's
 * events on a real database (H2 and PostgreSQL), escalation by a moved clock to a real SMTP
 * server, and the worklist over the real HTTP port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "vigil.security.demo-users=true",
    "vigil.turnaround.sweep-interval=1h",
    "vigil.turnaround.mail.enabled=true",
    "vigil.turnaround.mail.from=vigil@test.nhs.uk",
    "vigil.turnaround.mail.link-base=https://vigil.test",
    "spring.mail.host=localhost",
    "spring.mail.port=3025",
    "vigil.turnaround.reporting-leads[0].site=TA_ESC",
    "vigil.turnaround.reporting-leads[0].users=radiologist",
    "vigil.turnaround.reporting-leads[0].emails=ct.lead@test.nhs.uk"})
@Import(MovableClock.Config.class)
abstract class TurnaroundSuite {

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired MllpServer server;
  @Autowired MovableClock clock;
  @Autowired Exams exams;
  @Autowired Backlog backlog;
  @Autowired Escalations escalations;
  @Autowired EscalationClock escalationClock;
  @Autowired Targets targets;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int httpPort;

  void send(String message) {
    try (MllpTestClient client = new MllpTestClient(server.port())) {
      assertThat(MllpTestClient.ackCode(client.send(message))).isEqualTo("AA");
    }
  }

  Exam exam(String accession) {
    await().atMost(Duration.ofSeconds(30))
        .until(() -> exams.findByAccession(accession).isPresent());
    return exams.findByAccession(accession).orElseThrow();
  }

  BacklogItem onBacklog(ExamId id, Stage stage) {
    await().atMost(Duration.ofSeconds(30)).until(() -> backlog.find(id)
        .map(i -> i.stage() == stage).orElse(false));
    return backlog.find(id).orElseThrow();
  }

  void offBacklog(ExamId id) {
    await().atMost(Duration.ofSeconds(30)).until(() -> backlog.find(id).isEmpty());
  }

  /** An ED head CT (PV1-2 E, stat), performed at the given time, at a site. */
  String edHeadCt(String site, Instant performed) {
    String mrn = unique("TA");
    String accession = "CT" + mrn;
    send(order(mrn, accession, site, "E", "SC", "CM", "S", "CTHEA", "CT Head", "CT",
        performed.minus(Duration.ofMinutes(30)), performed));
    return accession;
  }

  /** A routine outpatient knee X-ray, performed at the given time, at a site. */
  String routineKneeXray(String site, Instant performed) {
    String mrn = unique("TA");
    String accession = "XR" + mrn;
    send(order(mrn, accession, site, "O", "SC", "CM", "R", "XKNEE", "XR Knee", "XR",
        performed.minus(Duration.ofDays(2)), performed));
    return accession;
  }

  @Test
  void aPerformedUnreportedExamIsOnTheBacklogWithTheTimeToBreachOfItsPriorityAndSetting() {
    Instant performed = clock.instant().minus(Duration.ofHours(1)).truncatedTo(
        java.time.temporal.ChronoUnit.SECONDS);
    Exam ct = exam(edHeadCt("TA_ONE", performed));
    Exam knee = exam(routineKneeXray("TA_ONE", performed));

    BacklogItem ctItem = onBacklog(ct.id(), Stage.AWAITING_REPORT);
    assertThat(ctItem.setting()).isEqualTo(Setting.ED);
    assertThat(ctItem.since()).isEqualTo(performed);
    assertThat(ctItem.target()).isEqualTo(Duration.ofHours(4));
    assertThat(ctItem.reportDueAt()).isEqualTo(performed.plus(Duration.ofHours(4)));
    assertThat(ctItem.timeToBreach(clock.instant()))
        .isEqualTo(Duration.between(clock.instant(), performed.plus(Duration.ofHours(4))))
        .isBetween(Duration.ofHours(3).minusSeconds(1), Duration.ofHours(3));
    assertThat(ctItem.subspecialty()).isEqualTo("NEURO");

    BacklogItem kneeItem = onBacklog(knee.id(), Stage.AWAITING_REPORT);
    assertThat(kneeItem.setting()).isEqualTo(Setting.OUTPATIENT);
    assertThat(kneeItem.target()).isEqualTo(Duration.ofDays(21));
    assertThat(kneeItem.reportDueAt()).isEqualTo(performed.plus(Duration.ofDays(21)));
    assertThat(kneeItem.target()).isEqualTo(targets.reportWithin(knee));
  }

  @Test
  void aCancelledExamLeavesTheBacklogAndAReopenedOneReturns() {
    Instant performed = clock.instant().minus(Duration.ofHours(2));
    String accession = routineKneeXray("TA_CANCEL", performed);
    Exam exam = exam(accession);
    onBacklog(exam.id(), Stage.AWAITING_REPORT);
    String mrn = accession.substring(2);

    // cancelled now (ORC-9), after it was performed: a cancel stated before the performed time
    // would be a stale message and is not applied (ExamTimelineIT)
    send(order(mrn, accession, "TA_CANCEL", "O", "CA", "CA", "R", "XKNEE", "XR Knee", "XR",
        clock.instant(), null));
    offBacklog(exam.id());

    send(order(mrn, accession, "TA_CANCEL", "O", "SC", "CM", "R", "XKNEE", "XR Knee", "XR",
        performed.minus(Duration.ofDays(2)), performed));
    onBacklog(exam.id(), Stage.AWAITING_REPORT);
  }

  @Test
  void aFinalReportTakesTheExamOffAndAPreliminaryOneMovesItToAwaitingFinal() {
    Instant performed = clock.instant().minus(Duration.ofHours(3));
    String accession = edHeadCt("TA_REPORT", performed);
    Exam exam = exam(accession);
    onBacklog(exam.id(), Stage.AWAITING_REPORT);
    String mrn = accession.substring(2);

    send(report(mrn, accession, "TA_REPORT", "P", null, performed, clock.instant(),
        "No acute intracranial abnormality."));
    BacklogItem prelim = onBacklog(exam.id(), Stage.AWAITING_FINAL);
    assertThat(prelim.critical()).isFalse();

    send(report(mrn, accession, "TA_REPORT", "F", null, performed, clock.instant(),
        "No acute intracranial abnormality."));
    offBacklog(exam.id());
  }

  @Test
  void aCriticalPreliminaryWithoutFinalIsMarkedAndListedFirst() {
    Instant performed = clock.instant().minus(Duration.ofHours(2));
    String plain = edHeadCt("TA_PRELIM", performed);
    String critical = edHeadCt("TA_PRELIM", performed);
    send(report(plain.substring(2), plain, "TA_PRELIM", "P", null, performed,
        clock.instant().minus(Duration.ofHours(1)), "No acute intracranial abnormality."));
    send(report(critical.substring(2), critical, "TA_PRELIM", "P", "AA", performed,
        clock.instant(), "Large right tension pneumothorax with mediastinal shift."));
    ExamId plainId = exam(plain).id();
    ExamId criticalId = exam(critical).id();
    onBacklog(plainId, Stage.AWAITING_FINAL);
    await().atMost(Duration.ofSeconds(60)).until(() -> backlog.find(criticalId)
        .map(BacklogItem::critical).orElse(false));

    clock.advance(Duration.ofHours(25));
    List<BacklogRow> rows = backlog.page(new BacklogQuery(BacklogList.PRELIMINARY_WITHOUT_FINAL,
        null, "TA_PRELIM", null, clock.instant(), 0, 10));
    assertThat(rows).extracting(BacklogRow::accessionNumber).containsExactly(critical, plain);
  }

  @Test
  void eachBreachEscalatesOnceToTheReportingLeadInVigilAndByEmailWithoutClinicalDetail()
      throws Exception {
    Instant performed = clock.instant().minus(Duration.ofHours(1));
    String accession = edHeadCt("TA_ESC", performed);
    Exam exam = exam(accession);
    onBacklog(exam.id(), Stage.AWAITING_REPORT);

    escalationClock.tick();
    assertThat(escalations.ofExam(exam.id())).isEmpty();

    clock.advance(Duration.ofHours(3).plusMinutes(1));
    escalationClock.tick();
    escalationClock.tick();
    List<Escalation> first = escalations.ofExam(exam.id());
    assertThat(first).extracting(Escalation::breach).containsExactly(Breach.TARGET_BREACHED);
    assertThat(escalations.noticesOf(first.get(0).id()))
        .extracting(Notice::channel, Notice::recipient, Notice::status)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("IN_APP", "radiologist", "DELIVERED"),
            org.assertj.core.groups.Tuple.tuple("EMAIL", "ct.lead@test.nhs.uk", "DELIVERED"));
    assertThat(escalations.inbox(List.of("radiologist"), 500))
        .anyMatch(n -> n.accessionNumber().equals(accession)
            && n.breach() == Breach.TARGET_BREACHED);

    clock.advance(Duration.ofDays(14));
    escalationClock.tick();
    escalationClock.tick();
    assertThat(escalations.ofExam(exam.id())).extracting(Escalation::breach)
        .containsExactlyInAnyOrder(Breach.TARGET_BREACHED, Breach.LOST);

    List<MimeMessage> sent = Arrays.stream(mail.getReceivedMessages())
        .filter(m -> subject(m).contains(accession)).toList();
    assertThat(sent).hasSize(2);
    for (MimeMessage m : sent) {
      String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(m);
      assertThat(body).contains(accession).doesNotContain("Bloggs").doesNotContain("Joe");
      assertThat(m.getAllRecipients()[0].toString()).isEqualTo("ct.lead@test.nhs.uk");
    }
  }

  @Test
  void twoSweepsAtOnceEscalateABreachOnce() throws Exception {
    Instant performed = clock.instant().minus(Duration.ofHours(5));
    Exam exam = exam(edHeadCt("TA_RACE", performed));
    onBacklog(exam.id(), Stage.AWAITING_REPORT);
    var first = java.util.concurrent.CompletableFuture.runAsync(escalationClock::tick);
    var second = java.util.concurrent.CompletableFuture.runAsync(escalationClock::tick);
    java.util.concurrent.CompletableFuture.allOf(first, second).join();
    assertThat(escalations.ofExam(exam.id())).extracting(Escalation::breach)
        .containsExactly(Breach.TARGET_BREACHED);
    assertThat(escalations.noticesOf(escalations.ofExam(exam.id()).get(0).id()))
        .extracting(Notice::recipient).containsExactly(Notice.FAILSAFE_OFFICE);
  }

  @Test
  void theWorklistPutsAnEdHeadCtBeforeARoutineKneeXrayThatBreachesSooner() throws Exception {
    Instant now = clock.instant();
    String knee = routineKneeXray("TA_WORK", now.minus(Duration.ofDays(21)).plusSeconds(3600));
    String ct = edHeadCt("TA_WORK", now.minus(Duration.ofMinutes(5)));
    onBacklog(exam(knee).id(), Stage.AWAITING_REPORT);
    onBacklog(exam(ct).id(), Stage.AWAITING_REPORT);

    JsonNode worklist = getJson("/api/worklist?site=TA_WORK", 200);
    assertThat(worklist.get("items")).extracting(i -> i.get("accessionNumber").asText())
        .containsExactly(ct, knee);
    JsonNode first = worklist.get("items").get(0);
    assertThat(first.get("priority").asText()).isEqualTo("EMERGENCY_DEPARTMENT");
    assertThat(first.get("patient").get("familyName").asText()).isEqualToIgnoringCase("Bloggs");
    assertThat(first.get("minutesToBreach").asLong()).isBetween(234L, 235L);

    JsonNode backlogPage = getJson("/api/backlog?site=TA_WORK", 200);
    assertThat(backlogPage.get("items")).extracting(i -> i.get("accessionNumber").asText())
        .containsExactly(knee, ct);
    assertThat(getJson("/api/worklist?site=TA_WORK&subspecialty=MSK", 200).get("items"))
        .extracting(i -> i.get("accessionNumber").asText()).containsExactly(knee);

    JsonNode bad = getJson("/api/worklist?subspecialty=PODIATRY", 400);
    assertThat(bad.get("parameter").asText()).isEqualTo("subspecialty");
    assertThat(getJson("/api/backlog?list=EVERYTHING", 400).get("parameter").asText())
        .isEqualTo("list");
    assertThat(getJson("/api/worklist?page=abc", 400).get("status").asInt()).isEqualTo(400);
    assertThat(status("/api/worklist", "referrer")).isEqualTo(403);
    assertThat(status("/api/worklist", null)).isEqualTo(401);
  }

  private JsonNode getJson(String path, int expected) throws Exception {
    HttpResponse<String> response = get(path, "radiologist");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
    return new ObjectMapper().readTree(response.body());
  }

  private int status(String path, String user) throws Exception {
    return get(path, user).statusCode();
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://localhost:" + httpPort + path)).header("Accept", "application/json");
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
          (user + ":vigil-demo").getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient().send(request.build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String subject(MimeMessage m) {
    try {
      return Optional.ofNullable(m.getSubject()).orElse("");
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
