package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vigil.alerts.Alert;
import org.vigil.alerts.Alerts;
import org.vigil.record.ExamStatus;
import org.vigil.record.ImagingRecord;
import org.vigil.record.OrderDetails;
import org.vigil.record.PatientClass;
import org.vigil.record.Priority;
import org.vigil.record.RecordFixtures;
import org.vigil.record.ReportDetails;
import org.vigil.record.ReportSection;
import org.vigil.record.ReportStatus;

/** Alert badges wherever an examination appears, only for those who may see the alert. */
@WebIntegrationTest
@TestPropertySource(properties = {
    "vigil.alerts.directory.clinicians[0].name=Dr A Requester",
    "vigil.alerts.directory.clinicians[0].user=referrer",
    "vigil.alerts.directory.clinicians[0].sites=RX1-MAIN"})
class AlertBadgesIT {

  static final RequestPostProcessor REFERRER = user("referrer").roles("REFERRER");
  static final RequestPostProcessor FAILSAFE = user("failsafe").roles("FAILSAFE_OFFICER");

  /** A CRITICAL badge: the category and an open state in words, inside the link to the alert. */
  static final Pattern CRITICAL_BADGE = Pattern.compile("alert-badge-critical\"[^>]*"
      + "href=\"/alerts/([0-9a-f-]{36})\"[^>]*><span>Critical</span>\\s*· "
      + "<span>(Awaiting confirmation|Raised|Notified|Viewed|Acknowledged|Escalated|Actioned)"
      + "</span></a>");

  @Autowired MockMvc mvc;
  @Autowired ImagingRecord record;
  @Autowired Alerts alerts;

  Alert flaggedCriticalAt(String site, String text) {
    String mrn = RecordFixtures.uniqueMrn();
    String accession = "ACC" + mrn;
    OrderDetails order = new OrderDetails(accession, "P" + accession, null, "XCHES", "XR Chest",
        "XR", "Chest", Priority.URGENT, PatientClass.INPATIENT, "Dr A Requester",
        "Dr B Consultant", "Respiratory", site, ExamStatus.SCHEDULED,
        Instant.parse("2026-11-01T09:00:00Z"), null, null);
    record.recordOrder(RecordFixtures.patient(mrn), order, RecordFixtures.hl7());
    record.recordReport(RecordFixtures.patient(mrn), new ReportDetails(order, ReportStatus.FINAL,
        text, List.of(new ReportSection("Findings", "FIND", text)), "Dr R Radiologist", "AA",
        List.of(), Instant.parse("2026-11-01T12:00:00Z")), RecordFixtures.hl7());
    await().atMost(Duration.ofSeconds(30)).until(() -> !alerts.ofAccession(accession).isEmpty());
    return alerts.ofAccession(accession).get(0);
  }

  String page(String path, RequestPostProcessor who) throws Exception {
    return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
  }

  static List<String> badgedAlertIds(String html) {
    return CRITICAL_BADGE.matcher(html).results().map(m -> m.group(1)).toList();
  }

  @Test
  void aCriticalBadgeWithItsStateLinksToTheAlertOnHomeExamReportPatientAndSearchPages()
      throws Exception {
    Alert alert = flaggedCriticalAt("RX1-MAIN",
        "Tension pneumothorax. " + WebFixtures.HOSTILE_TEXT);
    String id = alert.id().value().toString();

    assertThat(badgedAlertIds(page("/", REFERRER))).contains(id);
    assertThat(badgedAlertIds(page("/exams/" + alert.subject().examId().value(), REFERRER)))
        .containsExactly(id);
    String report = page("/reports/" + alert.subject().reportId().value(), REFERRER);
    assertThat(badgedAlertIds(report)).containsExactly(id);
    assertThat(report).doesNotContain("<script>alert(1)").doesNotContain("<img src=x")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(badgedAlertIds(page("/patients/" + alert.subject().patientId().value(),
        REFERRER))).contains(id);
    String search = mvc.perform(post("/search").param("q", alert.subject().accessionNumber())
            .with(csrf()).with(REFERRER)).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
    assertThat(badgedAlertIds(search)).containsExactly(id);
  }

  @Test
  void noBadgeForSomeoneWhoMayNotSeeTheAlertButTheFailsafeOfficerSeesIt() throws Exception {
    Alert alert = flaggedCriticalAt("RX9-OTHER", "Tension pneumothorax.");
    String id = alert.id().value().toString();
    String exam = "/exams/" + alert.subject().examId().value();

    assertThat(page(exam, REFERRER)).doesNotContain("/alerts/" + id)
        .doesNotContain("alert-badge-critical");
    assertThat(page("/patients/" + alert.subject().patientId().value(), REFERRER))
        .doesNotContain("/alerts/" + id);
    assertThat(page("/exams", REFERRER)).doesNotContain("/alerts/" + id);
    assertThat(badgedAlertIds(page(exam, FAILSAFE))).containsExactly(id);
  }

  @Test
  void theFailsafeOfficersHomeIsTheBoardAndTheRecordListStaysReachable() throws Exception {
    mvc.perform(get("/").with(FAILSAFE)).andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/alerts/board"));
    assertThat(page("/exams", FAILSAFE)).contains("Recent examinations");
    assertThat(page("/", REFERRER)).contains("Recent examinations")
        .contains("href=\"/exams\"");
  }
}
