package org.vigil.turnaround;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vigil.record.ExamStatus;
import org.vigil.record.Exams;
import org.vigil.record.ImagingRecord;
import org.vigil.record.OrderDetails;
import org.vigil.record.PatientClass;
import org.vigil.record.PatientDetails;
import org.vigil.record.PatientIdentifier;
import org.vigil.record.Priority;
import org.vigil.record.RecordFixtures;
import org.vigil.record.Sex;
import org.vigil.web.WebIntegrationTest;

/** The turnaround pages: who may open them, what a row shows, and hostile names escaped. */
@WebIntegrationTest
class TurnaroundPagesIT {

  static final RequestPostProcessor RADIOLOGIST = user("radiologist").roles("RADIOLOGIST");
  static final RequestPostProcessor REFERRER = user("referrer").roles("REFERRER");
  static final RequestPostProcessor MANAGER = user("manager").roles("MANAGER");

  @Autowired MockMvc mvc;
  @Autowired ImagingRecord record;
  @Autowired Exams exams;
  @Autowired Backlog backlog;

  @Test
  void theWorklistShowsThePatientEscapedWithPriorityAndTimeToBreachToARadiologistOnly()
      throws Exception {
    String mrn = RecordFixtures.uniqueMrn();
    String accession = "PG" + mrn;
    PatientDetails hostile = new PatientDetails(List.of(new PatientIdentifier("RX1", mrn, "MR")),
        "<img src=x onerror=alert(1)>", "Eve", LocalDate.of(1970, 1, 2), Sex.F);
    record.recordOrder(hostile, new OrderDetails(accession, "P" + accession, null, "CTHEA",
        "CT Head", "CT", "Head", Priority.EMERGENCY_DEPARTMENT, PatientClass.EMERGENCY,
        "Dr A Requester", null, "ED", "TA_PAGES", ExamStatus.PERFORMED,
        Instant.now().minus(Duration.ofHours(2)), null, Instant.now().minus(Duration.ofHours(1))),
        RecordFixtures.hl7());
    await().atMost(Duration.ofSeconds(30)).until(() -> exams.findByAccession(accession)
        .flatMap(e -> backlog.find(e.id())).isPresent());

    String page = mvc.perform(get("/turnaround/worklist").param("site", "TA_PAGES")
            .with(RADIOLOGIST)).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
    assertThat(page).contains(accession).contains("&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<img src=x").contains("Emergency department").contains("NEURO")
        .containsPattern("in 2 h 5\\d min|in 3 h 00 min");

    mvc.perform(get("/turnaround/worklist").with(REFERRER)).andExpect(status().isForbidden());
    mvc.perform(get("/turnaround/lost").with(REFERRER)).andExpect(status().isForbidden());
    mvc.perform(get("/turnaround/backlog").with(MANAGER)).andExpect(status().isOk());
    mvc.perform(get("/turnaround/preliminary").with(MANAGER)).andExpect(status().isOk());
    mvc.perform(get("/turnaround/never-performed").with(MANAGER)).andExpect(status().isOk());
    mvc.perform(get("/turnaround/worklist").param("subspecialty", "PODIATRY").with(MANAGER))
        .andExpect(status().isOk());
    mvc.perform(get("/turnaround/notices").with(REFERRER)).andExpect(status().isOk());
    assertThat(mvc.perform(get("/turnaround/targets").with(MANAGER)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString()).contains("setting ED").contains("4 h");
  }
}
