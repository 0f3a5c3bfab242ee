package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vigil.alerts.AlertMessages.unique;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.vigil.directory.ClinicianDirectory;
import org.vigil.directory.ClinicianKey;
import org.vigil.directory.DirectoryImport;
import org.vigil.intake.hl7.mllp.MllpServer;
import org.vigil.record.Exam;
import org.vigil.record.ExamStatus;
import org.vigil.record.Exams;
import org.vigil.record.PatientClass;
import org.vigil.record.Report;
import org.vigil.record.Reports;
import org.vigil.support.MllpTestClient;
import org.vigil.support.MovableClock;

/**
 * Results-only feeds end to end: an ORU with no order, through the real MLLP port and a real
 * database (H2 and PostgreSQL), makes a findable examination whose alert reaches its requester
 * through the database directory; an order for the same accession merges into it, even when both
 * arrive at once on two connections.
 */
@SpringBootTest(properties = {"vigil.alerts.sweep-interval=1h",
    "vigil.alerts.directory.clinicians[0].code=CFG1",
    "vigil.alerts.directory.clinicians[0].user=configured-user"})
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
abstract class ResultsOnlySuite {

  static final String TENSION = "Large right tension pneumothorax with mediastinal shift.";

  @Autowired MllpServer server;
  @Autowired Alerts alerts;
  @Autowired Deliveries deliveries;
  @Autowired AlertAccess access;
  @Autowired Exams exams;
  @Autowired Reports reports;
  @Autowired ClinicianDirectory directory;
  @Autowired DirectoryImport imports;
  @Autowired MockMvc mvc;
  @Autowired DirectoryLookup lookup;

  String send(String message) {
    try (MllpTestClient client = new MllpTestClient(server.port())) {
      String ack = client.send(message);
      assertThat(MllpTestClient.ackCode(ack)).as(ack).isEqualTo("AA");
      return ack;
    }
  }

  static String msh(String type) {
    return "MSH|^~\\&|RIS|ORPHAN_SITE|VIGIL|TRUST|20250301101500||" + type + "|"
        + UUID.randomUUID().toString().substring(0, 18) + "|P|2.4\r";
  }

  /** An ORU^R01 with no order before it; {@code requester} is an XCN for OBR-16 (or empty). */
  static String result(String mrn, String accession, String requester, String pv1, String flag,
      String text) {
    return msh("ORU^R01") + "PID|1||" + mrn + "^^^RX1^MR||Bloggs^Joe||19600101|M\r" + pv1
        + "OBR|1|PL" + accession + "|" + accession
        + "|XCHES^XR Chest^LOCAL|||20250301110000|||||||||" + requester + "||||||"
        + "20250301120000|||F|||||||R789&Radiologist&Rita\r"
        + "OBX|1|TX|&GDT||" + text + "|||" + (flag == null ? "" : flag) + "|||F\r";
  }

  static String order(String mrn, String accession, String requester) {
    return msh("ORM^O01") + "PID|1||" + mrn + "^^^RX1^MR||Bloggs^Joe||19600101|M\r"
        + "ORC|NW|PL" + accession + "|" + accession + "||SC||^^^20250302090000^^R||20250301101500"
        + "|||" + requester + "\r"
        + "OBR|1|PL" + accession + "|" + accession + "|XCHES^XR Chest^LOCAL|||||||||||^^^CHEST|"
        + requester + "||||||||XR\r";
  }

  Alert theAlertOf(String accession) {
    await().atMost(Duration.ofSeconds(60)).until(() -> !alerts.ofAccession(accession).isEmpty());
    Alert alert = alerts.ofAccession(accession).get(0);
    await().atMost(Duration.ofSeconds(30))
        .until(() -> !deliveries.ofAlert(alert.id()).isEmpty());
    return alerts.find(alert.id()).orElseThrow();
  }

  List<String> firstRecipients(Alert alert) {
    return deliveries.ofAlert(alert.id()).stream().filter(d -> d.level() == 0)
        .map(Delivery::recipient).toList();
  }

  void link(String authority, String code, String user, String team) {
    link(authority, code, "", user, team);
  }

  void link(String authority, String code, String name, String user, String team) {
    var result = imports.importCsv("code,authority,name,user,email,team,sites\n" + code + ","
        + (authority == null ? "" : authority) + ",\"" + name + "\"," + user + ",,"
        + (team == null ? "" : team) + ",\n", u -> true, "test");
    assertThat(result.applied()).as(result.lines().toString()).isTrue();
  }

  @Test
  void anOruWithNoOrderCreatesAFindableExaminationAndAlertsItsRequester() throws Exception {
    String code = unique("G");
    link("NHSE", code, "referrer", null);
    String mrn = unique("MRN");
    String accession = unique("ACC");

    send(result(mrn, accession, code + "^Doctor^Dora^^^^^^NHSE",
        "PV1|1|E|ED^^^ORPHAN_SITE||||C9^Cons^Carl|||RESP\r", "AA", TENSION));

    Exam exam = exams.findByAccession(accession).orElseThrow();
    assertThat(exam.requester()).isEqualTo("Doctor, Dora (" + code + ")");
    assertThat(exam.consultant()).isEqualTo("Cons, Carl (C9)");
    assertThat(exam.team()).isEqualTo("RESP");
    assertThat(exam.site()).isEqualTo("ORPHAN_SITE");
    assertThat(exam.patientClass()).isEqualTo(PatientClass.EMERGENCY);
    assertThat(exam.status()).isEqualTo(ExamStatus.REPORTED);
    assertThat(reports.ofAccession(accession)).extracting(Report::examId).containsOnly(exam.id());

    assertThat(mvc.perform(get("/api/exams?accession=" + accession)
            .with(user("r").roles("RADIOLOGIST"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString()).contains(exam.id().toString());
    assertThat(mvc.perform(post("/search").param("q", accession).with(csrf())
            .with(user("f").roles("FAILSAFE_OFFICER"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString()).contains("/exams/" + exam.id());

    Alert alert = theAlertOf(accession);
    assertThat(alert.subject().examId()).isEqualTo(exam.id());
    assertThat(alert.subject().routing().requester()).contains(code);
    assertThat(firstRecipients(alert)).containsExactly("user:referrer");
    Viewer referrer = new Viewer("referrer", Set.of("REFERRER"));
    assertThat(alerts.search(AlertQuery.open(access.scopeOf(referrer))))
        .extracting(Alert::id).contains(alert.id());
    assertThat(access.canAcknowledge(referrer, alert)).isTrue();
  }

  @Test
  void theFeedsFillTheDirectoryWithEveryClinicianAndTeamTheyName() {
    String code = unique("G");
    String team = unique("TEAM");
    send(result(unique("MRN"), unique("ACC"), code + "^Doctor^Dora^^^^^^NHSE",
        "PV1|1|O|CLINIC^^^ORPHAN_SITE||||C9^Cons^Carl|R1^Ref^Rob|K2^Kons^Kay|" + team + "\r",
        null, "Normal chest."));

    assertThat(directory.find(new ClinicianKey("NHSE", code))).get()
        .satisfies(e -> {
          assertThat(e.name()).isEqualTo("Doctor, Dora");
          assertThat(e.isLinked()).isFalse();
        });
    assertThat(directory.find(new ClinicianKey(null, "R1"))).isPresent();
    assertThat(directory.find(new ClinicianKey(null, "K2"))).isPresent();
    assertThat(directory.find(new ClinicianKey(null, "R789"))).get()
        .extracting(e -> e.name()).isEqualTo("Radiologist, Rita");
    assertThat(directory.teams()).extracting(t -> t.name()).contains(team);
  }

  @Test
  void anAlertWhoseRequesterIsLinkedToNobodyStillReachesTheFailsafeOffice() {
    String accession = unique("ACC");
    send(result(unique("MRN"), accession, unique("X") + "^Nobody^Known", "", "AA", TENSION));

    Alert alert = theAlertOf(accession);

    assertThat(firstRecipients(alert)).contains(Recipients.FAILSAFE_INBOX);
  }

  @Test
  void anUnlinkedRequesterWithALinkedTeamReachesTheTeamInboxFirst() {
    String team = unique("RESP");
    link(null, unique("M"), "teamdoc", team);
    String accession = unique("ACC");
    send(result(unique("MRN"), accession, unique("X") + "^Nobody^Known",
        "PV1|1|I|WARD^^^ORPHAN_SITE|||||||" + team + "\r", "AA", TENSION));

    Alert alert = theAlertOf(accession);

    assertThat(firstRecipients(alert)).containsExactly("team:" + team);
    assertThat(access.canSee(new Viewer("teamdoc", Set.of("REFERRER")), alert)).isTrue();
  }

  @Test
  void aTeamNobodyReadsIsSkippedSoTheAlertGoesToTheFailsafeOffice() {
    String team = unique("EMPTY");
    String accession = unique("ACC");
    send(result(unique("MRN"), accession, "",
        "PV1|1|I|WARD^^^ORPHAN_SITE|||||||" + team + "\r", "AA", TENSION));

    Alert alert = theAlertOf(accession);

    assertThat(firstRecipients(alert)).doesNotContain("team:" + team)
        .contains(Recipients.FAILSAFE_INBOX);
  }

  @Test
  void aCodeAndNameTwoAuthoritiesShareAreNotGuessedAndTheAlertGoesToTheFailsafeOffice() {
    String code = unique("D");
    link("TRUST_A", code, "Doctor, Dora", "referrer", null);
    link("TRUST_B", code, "Doctor, Dora", "stranger", null);
    String accession = unique("ACC");
    send(result(unique("MRN"), accession, code + "^Doctor^Dora^^^^^^TRUST_A", "", "AA", TENSION));

    Alert alert = theAlertOf(accession);

    assertThat(firstRecipients(alert)).doesNotContain("user:referrer", "user:stranger")
        .contains(Recipients.FAILSAFE_INBOX);
  }

  @Test
  void aCodeTwoAuthoritiesShareIsToldApartByTheNameTheFeedWrites() {
    String code = unique("D");
    link("TRUST_A", code, "Doctor, Dora", "referrer", null);
    link("TRUST_B", code, "Other, Olive", "stranger", null);
    String accession = unique("ACC");
    send(result(unique("MRN"), accession, code + "^Doctor^Dora^^^^^^TRUST_A", "", "AA", TENSION));

    assertThat(firstRecipients(theAlertOf(accession))).containsExactly("user:referrer");
  }

  @Test
  void anOrderAndItsResultArrivingAtOnceOnTwoConnectionsMakeOneExaminationWithTheOrdersRequester()
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<String> accessions = new ArrayList<>();
      List<CompletableFuture<String>> acks = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        String mrn = unique("MRN");
        String accession = unique("ACC");
        accessions.add(accession);
        String order = order(mrn, accession, "O1^Orderer^Olga");
        String result = result(mrn, accession, "R2^Resulter^Rick", "", null, "Normal chest.");
        boolean orderFirst = i % 2 == 0;
        acks.add(CompletableFuture.supplyAsync(() -> send(orderFirst ? order : result), pool));
        acks.add(CompletableFuture.supplyAsync(() -> send(orderFirst ? result : order), pool));
      }
      acks.forEach(CompletableFuture::join);

      for (String accession : accessions) {
        Exam exam = exams.findByAccession(accession).orElseThrow();
        assertThat(exam.requester()).as("the order's requester, whichever came first")
            .isEqualTo("Orderer, Olga (O1)");
        assertThat(exam.status()).isEqualTo(ExamStatus.REPORTED);
        assertThat(reports.ofAccession(accession)).singleElement()
            .satisfies(r -> assertThat(r.examId()).isEqualTo(exam.id()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theConfigurationWinsOverTheDatabaseForACodeItLists() {
    link(null, "CFG1", "referrer", null);
    String other = unique("DB");
    link(null, other, "teamdoc", null);

    assertThat(lookup.clinician("Conf, Carl (CFG1)")).get()
        .extracting(Directory.Clinician::user).isEqualTo("configured-user");
    assertThat(lookup.clinician("Data, Dan (" + other + ")")).get()
        .extracting(Directory.Clinician::user).isEqualTo("teamdoc");
  }
}
