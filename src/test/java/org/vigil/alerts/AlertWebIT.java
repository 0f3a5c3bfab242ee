package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vigil.record.ExamStatus;
import org.vigil.record.ImagingRecord;
import org.vigil.record.OrderDetails;
import org.vigil.record.PatientClass;
import org.vigil.record.Priority;
import org.vigil.record.RecordFixtures;
import org.vigil.record.ReportDetails;
import org.vigil.record.ReportSection;
import org.vigil.record.ReportStatus;
import org.vigil.web.WebFixtures;
import org.vigil.web.WebIntegrationTest;

/** Alert pages and API: who sees what, acting through them, and hostile report text. */
@WebIntegrationTest
@TestPropertySource(properties = {
    "vigil.alerts.directory.clinicians[0].name=Dr A Requester",
    "vigil.alerts.directory.clinicians[0].user=referrer",
    "vigil.alerts.directory.clinicians[0].sites=RX1-MAIN"})
class AlertWebIT {

  @Autowired MockMvc mvc;
  @Autowired ImagingRecord record;
  @Autowired Alerts alerts;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  static final RequestPostProcessor REFERRER = user("referrer").roles("REFERRER");
  static final RequestPostProcessor FAILSAFE = user("failsafe").roles("FAILSAFE_OFFICER");

  /** A flagged CRITICAL report requested by Dr A Requester at a site; returns its alert. */
  Alert flaggedCriticalAt(String site, String text) {
    return reportedAt(site, text, "AA");
  }

  Alert reportedAt(String site, String text, String flag) {
    String mrn = RecordFixtures.uniqueMrn();
    String accession = "ACC" + mrn;
    OrderDetails order = new OrderDetails(accession, "P" + accession, null, "XCHES", "XR Chest",
        "XR", "Chest", Priority.URGENT, PatientClass.INPATIENT, "Dr A Requester",
        "Dr B Consultant", "Respiratory", site, ExamStatus.SCHEDULED,
        Instant.parse("2026-11-01T09:00:00Z"), null, null);
    record.recordOrder(RecordFixtures.patient(mrn), order, RecordFixtures.hl7());
    record.recordReport(RecordFixtures.patient(mrn), new ReportDetails(order, ReportStatus.FINAL,
        text, List.of(new ReportSection("Findings", "FIND", text)), "Dr R Radiologist", flag,
        List.of(), Instant.parse("2026-11-01T12:00:00Z")), RecordFixtures.hl7());
    await().atMost(Duration.ofSeconds(30)).until(() -> !alerts.ofAccession(accession).isEmpty());
    return alerts.ofAccession(accession).get(0);
  }

  @Test
  void aReferrerSeesAndAcknowledgesTheirOwnSitesAlertInOneStep() throws Exception {
    Alert alert = flaggedCriticalAt("RX1-MAIN", "Tension pneumothorax.");

    String inbox = mvc.perform(get("/alerts").with(REFERRER)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(inbox).contains(alert.subject().accessionNumber()).contains("⚠ CRITICAL");
    mvc.perform(post("/alerts/" + alert.id() + "/acknowledge").with(REFERRER).with(csrf())
            .param("action", "REFERRAL_MADE"))
        .andExpect(status().is3xxRedirection());

    Alert done = alerts.find(alert.id()).orElseThrow();
    assertThat(done.state()).isEqualTo(AlertState.CLOSED);
    assertThat(done.acknowledgement().by()).isEqualTo("referrer");
    assertThat(done.action().kind()).isEqualTo(ActionKind.REFERRAL_MADE);
  }

  @Test
  void aReferrerCannotSeeOrAcknowledgeAnotherSitesAlertButTheFailsafeOfficerCan() throws Exception {
    Alert alert = flaggedCriticalAt("RX9-OTHER", "Tension pneumothorax.");

    mvc.perform(get("/alerts/" + alert.id()).with(REFERRER)).andExpect(status().isNotFound());
    mvc.perform(get("/api/alerts/" + alert.id()).with(REFERRER)).andExpect(status().isNotFound());
    mvc.perform(post("/api/alerts/" + alert.id() + "/acknowledge").with(REFERRER).with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(post("/alerts/" + alert.id() + "/acknowledge").with(REFERRER).with(csrf()))
        .andExpect(status().isNotFound());
    String inbox = mvc.perform(get("/alerts").with(REFERRER)).andReturn().getResponse()
        .getContentAsString();
    assertThat(inbox).doesNotContain(alert.subject().accessionNumber());
    mvc.perform(get("/api/alerts").param("accession", alert.subject().accessionNumber())
            .with(REFERRER))
        .andExpect(jsonPath("$.length()").value(0));

    String board = mvc.perform(get("/alerts/board").with(FAILSAFE)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(board).contains(alert.subject().accessionNumber());
    assertThat(alerts.find(alert.id()).orElseThrow().acknowledgement()).isNull();
  }

  @Test
  void theFailsafeOfficerCannotAcknowledgeOnBehalfOfAClinician() throws Exception {
    Alert alert = flaggedCriticalAt("RX1-MAIN", "Tension pneumothorax.");

    mvc.perform(post("/api/alerts/" + alert.id() + "/acknowledge").with(FAILSAFE).with(csrf()))
        .andExpect(status().isForbidden());
  }

  @Test
  void hostileReportTextIsShownAsTextOnTheAlertPage() throws Exception {
    Alert alert = flaggedCriticalAt("RX1-MAIN",
        "Tension pneumothorax. " + WebFixtures.HOSTILE_TEXT);

    String page = mvc.perform(get("/alerts/" + alert.id()).with(FAILSAFE))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(page).doesNotContain("<script>alert(1)").doesNotContain("<img src=x")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(page).contains("NHS No.");
  }

  @Test
  void theApiListsOpenAlertsWithHistoryAndRefusesIllegalStepsAsProblems() throws Exception {
    Alert alert = flaggedCriticalAt("RX1-MAIN", "Tension pneumothorax.");
    String id = alert.id().toString();

    mvc.perform(get("/api/alerts").param("state", "open")
            .param("accession", alert.subject().accessionNumber()).with(REFERRER))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].id").value(id))
        .andExpect(jsonPath("$[0].category").value("CRITICAL"));
    mvc.perform(post("/api/alerts/" + id + "/action").with(REFERRER).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"NO_ACTION_NEEDED\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.title").value("Invalid request"));
    mvc.perform(post("/api/alerts/" + id + "/action").with(REFERRER).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"kind\":\"NO_ACTION_NEEDED\",\"reason\":\"known, drain in situ\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("CLOSED"));
    mvc.perform(post("/api/alerts/" + id + "/acknowledge").with(REFERRER).with(csrf()))
        .andExpect(status().isConflict());
    mvc.perform(get("/api/alerts/" + id).with(REFERRER))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.history[0].what").value("raised"))
        .andExpect(jsonPath("$.history[?(@.what == 'actioned')]").exists())
        .andExpect(jsonPath("$.alert.actioned.reason").value("known, drain in situ"));
  }

  @Test
  void aRadiologistRejectsAnUnflaggedFindingWithAReasonThatIsKept() throws Exception {
    Alert request = reportedAt("RX1-MAIN", "Large right tension pneumothorax.", null);
    assertThat(request.state()).isEqualTo(AlertState.AWAITING_CONFIRMATION);
    RequestPostProcessor radiologist = user("radiologist").roles("RADIOLOGIST");

    String queue = mvc.perform(get("/alerts/confirmations").with(radiologist))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(queue).contains(request.subject().accessionNumber());
    mvc.perform(post("/api/alerts/" + request.id() + "/reject").with(REFERRER).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"no\"}"))
        .andExpect(status().isNotFound()); // not sent to referrers before it is confirmed
    mvc.perform(post("/api/alerts/" + request.id() + "/reject").with(radiologist).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"reason\":\"old pneumothorax, known and stable\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("REJECTED"))
        .andExpect(jsonPath("$.endReason").value("old pneumothorax, known and stable"));
  }

  @Test
  void aRadiologistConfirmsAnUnflaggedFindingAndTheReferrerIsAlerted() throws Exception {
    Alert request = reportedAt("RX1-MAIN", "Large right tension pneumothorax.", null);

    mvc.perform(post("/alerts/" + request.id() + "/confirm")
            .with(user("radiologist").roles("RADIOLOGIST")).with(csrf()))
        .andExpect(status().is3xxRedirection());

    assertThat(alerts.find(request.id()).orElseThrow().state()).isEqualTo(AlertState.RAISED);
    String inbox = mvc.perform(get("/alerts").with(REFERRER)).andReturn().getResponse()
        .getContentAsString();
    assertThat(inbox).contains(request.subject().accessionNumber());
  }

  @Test
  void aCallThatReachesNobodyIsRecordedAndTheAlertStillAwaitsAcknowledgement() throws Exception {
    Alert alert = flaggedCriticalAt("RX1-MAIN", "Tension pneumothorax.");

    mvc.perform(post("/api/alerts/" + alert.id() + "/unable-to-reach").with(FAILSAFE).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"bleep 1234 no answer\"}"))
        .andExpect(status().isOk());
    mvc.perform(post("/api/alerts/" + alert.id() + "/acknowledge").with(REFERRER).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"method\":\"PHONE\",\"readBack\":\"CONFIRMED\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.acknowledged.readBack").value("CONFIRMED"));

    assertThat(alerts.history(alert.id())).extracting(Transition::what)
        .contains("unable to reach", "acknowledged");
  }

  @Test
  void theFailsafeOfficeReassignsAnAlertToAClinicianWhoThenSeesItAndOnlyTheOfficeMayDoIt()
      throws Exception {
    Alert alert = flaggedCriticalAt("RX1-MAIN", "Tension pneumothorax.");
    String locum = "locum" + RecordFixtures.uniqueMrn();
    jdbc.sql("insert into app_user (username, password_hash, display_name, roles, enabled, "
            + "created_at) values (?, '{noop}x', 'Dr Locum', 'REFERRER', true, ?)")
        .param(locum).param(java.time.OffsetDateTime.now()).update();
    RequestPostProcessor asLocum = user(locum).roles("REFERRER");
    String before = mvc.perform(get("/alerts").with(asLocum)).andReturn().getResponse()
        .getContentAsString();
    assertThat(before).doesNotContain(alert.subject().accessionNumber());

    mvc.perform(post("/api/alerts/" + alert.id() + "/reassign").with(REFERRER).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"to\":\"" + locum + "\",\"reason\":\"mine to give away\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/alerts/" + alert.id() + "/reassign").with(FAILSAFE).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"to\":\"nobody.here\",\"reason\":\"covering\"}"))
        .andExpect(status().isBadRequest());
    mvc.perform(post("/alerts/" + alert.id() + "/reassign").with(FAILSAFE).with(csrf())
            .param("to", locum).param("reason", "Dr A Requester is on leave"))
        .andExpect(status().is3xxRedirection());

    assertThat(alerts.find(alert.id()).orElseThrow().assignee()).isEqualTo("user:" + locum);
    String after = mvc.perform(get("/alerts").with(asLocum)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(after).contains(alert.subject().accessionNumber());
    String page = mvc.perform(get("/alerts/" + alert.id()).with(FAILSAFE)).andReturn()
        .getResponse().getContentAsString();
    assertThat(page).contains("Reassigned to").contains("user:" + locum)
        .contains("Dr A Requester is on leave");
  }

  @Test
  void thePolicyPageShowsTheDeadlinesInEffect() throws Exception {
    String page = mvc.perform(get("/alerts/policy").with(REFERRER)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();

    assertThat(page).contains("60 minutes").contains("24 hours").contains("3 days")
        .contains("15 days").contains("Working hours").contains("Monday, Tuesday")
        .contains("08:00–18:00").contains("waits for working hours").contains("runs at any hour");
  }
}
