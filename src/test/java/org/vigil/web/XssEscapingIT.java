package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.vigil.record.ImagingRecord;

/** Report text and names are untrusted: every page shows them as text, the API as strings. */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssEscapingIT {

  private static final String ESCAPED =
      "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;";

  @Autowired MockMvc mvc;
  @Autowired ImagingRecord record;
  @Autowired ObjectMapper json;

  private WebFixtures.Recorded data;

  @BeforeAll
  void recordAHostileReport() {
    data = WebFixtures.examWithReport(record, "Hostile<b>name", WebFixtures.HOSTILE_TEXT);
  }

  @Test
  void theExamPageShowsAHostileReportAsText() throws Exception {
    assertEscaped(page("/exams/" + data.examId()));
  }

  @Test
  void thePatientPageShowsAHostileNameAsText() throws Exception {
    String body = page("/patients/" + data.patientId());
    assertThat(body).contains("HOSTILE&lt;B&gt;NAME").doesNotContain("<B>", "<b>name");
  }

  @Test
  void theReportPageShowsAHostileReportAsText() throws Exception {
    assertEscaped(page("/reports/" + data.reportId()));
  }

  @Test
  void theHomePageAndSearchShowAHostileNameAsText() throws Exception {
    assertThat(page("/")).doesNotContain("<B>NAME");
    String found = mvc.perform(post("/search").param("q", data.accession()).with(csrf())
            .with(user("r").roles("REFERRER")))
        .andReturn().getResponse().getContentAsString();
    assertThat(found).contains("HOSTILE&lt;B&gt;NAME").doesNotContain("<B>NAME");
  }

  @Test
  void theApiReturnsHostileTextAsAPlainJsonString() throws Exception {
    JsonNode report = api("/api/reports/" + data.reportId());
    assertThat(report.get("text").asText()).isEqualTo(WebFixtures.HOSTILE_TEXT);
    JsonNode exam = api("/api/exams/" + data.examId());
    assertThat(exam.at("/reports/0/text").asText()).isEqualTo(WebFixtures.HOSTILE_TEXT);
  }

  private void assertEscaped(String body) {
    assertThat(body).contains(ESCAPED)
        .doesNotContain("<script>alert", "<img src=x", "onerror=alert(2)>");
  }

  private String page(String route) throws Exception {
    return mvc.perform(get(route).with(user("r").roles("REFERRER")))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }

  private JsonNode api(String route) throws Exception {
    return json.readTree(mvc.perform(get(route).with(user("r").roles("REFERRER")))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString());
  }
}
