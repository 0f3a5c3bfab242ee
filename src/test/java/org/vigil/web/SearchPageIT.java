package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.vigil.record.ImagingRecord;
import org.vigil.record.PatientIdentifier;
import org.vigil.record.RecordFixtures;

/** The search box and the record pages, as a clinician uses them. */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageIT {

  @Autowired MockMvc mvc;
  @Autowired ImagingRecord record;

  private WebFixtures.Recorded data;

  @BeforeAll
  void recordAnExamination() {
    data = WebFixtures.examWithReport(record, "Quarrington", "Line one.\nLine two.");
  }

  @Test
  void anNhsNumberTypedWithSpacesFindsThePatientsExamination() throws Exception {
    String nhs = data.nhsNumber();
    String body = search(nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6));
    assertThat(body).contains(data.accession(), "QUARRINGTON, Jane");
  }

  @Test
  void anNhsNumberWithAWrongCheckDigitGetsAFriendlyMessage() throws Exception {
    String nhs = data.nhsNumber();
    String wrong = nhs.substring(0, 9) + (char) ('0' + (nhs.charAt(9) - '0' + 1) % 10);
    assertThat(search(wrong)).contains("not a valid NHS number").doesNotContain("Exception");
  }

  @Test
  void theStartOfAFamilyNameFindsExaminationsAndPatients() throws Exception {
    assertThat(search("quarr")).contains(data.accession(), "/patients/" + data.patientId());
  }

  @Test
  void anEmptySearchExplainsWhatToType() throws Exception {
    assertThat(search("  ")).contains("Enter an accession number");
  }

  @Test
  void theReportPageKeepsLineBreaksAndTheExamPageListsEveryVersion() throws Exception {
    assertThat(page("/reports/" + data.reportId())).contains("class=\"report-text\">Line one.\nLine two.<");
    assertThat(page("/exams/" + data.examId())).contains("Version 1", "Reported");
  }

  @Test
  void aMergedRecordLinksToTheRecordThatSurvives() throws Exception {
    String oldMrn = RecordFixtures.uniqueMrn();
    var old = record.registerPatient(RecordFixtures.patient(oldMrn), WebFixtures.ui());
    record.mergePatients(WebFixtures.patient(data.mrn(), data.nhsNumber(), "Quarrington"),
        new PatientIdentifier("RX1", oldMrn, "MR"), WebFixtures.ui());

    assertThat(page("/patients/" + old.value())).contains("This record was merged",
        "/patients/" + data.patientId());
    assertThat(page("/patients/" + data.patientId())).contains("Records merged into this one",
        "/patients/" + old.value());
  }

  @Test
  void anUnknownExaminationIsAFriendlyNotFoundPage() throws Exception {
    mvc.perform(get("/exams/00000000-0000-0000-0000-000000000000")
            .with(user("r").roles("REFERRER")))
        .andExpect(status().isNotFound());
  }

  private String search(String query) throws Exception {
    return mvc.perform(post("/search").param("q", query).with(csrf())
            .with(user("r").roles("REFERRER")))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }

  private String page(String route) throws Exception {
    return mvc.perform(get(route).with(user("r").roles("REFERRER")))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }
}
