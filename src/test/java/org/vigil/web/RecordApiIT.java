package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.vigil.record.ImagingRecord;
import org.vigil.record.PatientIdentifier;
import org.vigil.record.RecordFixtures;

/** The JSON API: what it returns, and the problem details it gives for bad requests. */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordApiIT {

  @Autowired MockMvc mvc;
  @Autowired ImagingRecord record;
  @Autowired ObjectMapper json;

  private WebFixtures.Recorded data;

  @BeforeAll
  void recordAnExamination() {
    data = WebFixtures.examWithReport(record, "Apitest", "Small left pleural effusion.");
  }

  @Test
  void examsAreFoundByNhsNumberWrittenWithSpaces() throws Exception {
    String spaced = data.nhsNumber().substring(0, 3) + " " + data.nhsNumber().substring(3, 6) + " "
        + data.nhsNumber().substring(6);
    JsonNode found = read("/api/exams?nhsNumber=" + spaced, status().isOk());
    assertThat(found.get("items")).hasSize(1);
    assertThat(found.at("/items/0/accessionNumber").asText()).isEqualTo(data.accession());
    assertThat(found.at("/items/0/requestedAt").asText()).isEqualTo("2026-11-01T09:00:00Z");
  }

  @Test
  void examsAreFoundByAccessionAndByTheStartOfTheFamilyName() throws Exception {
    assertThat(read("/api/exams?accession=" + data.accession(), status().isOk()).get("items"))
        .hasSize(1);
    assertThat(read("/api/exams?name=apite&limit=200", status().isOk()).get("items").size())
        .isPositive();
  }

  @Test
  void anExamComesWithItsPatientAndReportVersions() throws Exception {
    JsonNode exam = read("/api/exams/" + data.examId(), status().isOk());
    assertThat(exam.at("/exam/status").asText()).isEqualTo("REPORTED");
    assertThat(exam.at("/patient/nhsNumber").asText()).isEqualTo(data.nhsNumber());
    assertThat(exam.at("/reports/0/version").asInt()).isEqualTo(1);
    assertThat(exam.at("/reports/0/reportedAt").asText()).isEqualTo("2026-11-01T12:00:00Z");
  }

  @Test
  void aReportComesWithItsSections() throws Exception {
    JsonNode report = read("/api/reports/" + data.reportId(), status().isOk());
    assertThat(report.at("/sections/0/heading").asText()).isEqualTo("Findings");
    assertThat(report.get("status").asText()).isEqualTo("FINAL");
  }

  @Test
  void aPatientShowsIdentifiersAndRecordsMergedIntoIt() throws Exception {
    String oldMrn = RecordFixtures.uniqueMrn();
    record.registerPatient(RecordFixtures.patient(oldMrn), WebFixtures.ui());
    record.mergePatients(WebFixtures.patient(data.mrn(), data.nhsNumber(), "Apitest"),
        new PatientIdentifier("RX1", oldMrn, "MR"), WebFixtures.ui());

    JsonNode patient = read("/api/patients/" + data.patientId(), status().isOk());
    assertThat(patient.get("identifiers").findValuesAsText("value")).contains(data.mrn(),
        data.nhsNumber());
    assertThat(patient.get("mergedRecords")).hasSize(1);
    String merged = patient.at("/mergedRecords/0/mergedPatientId").asText();
    JsonNode former = read("/api/patients/" + merged, status().isOk());
    assertThat(former.at("/patient/mergedInto").asText()).isEqualTo(data.patientId().toString());
  }

  @Test
  void theTimelineListsReportThenOrderNewestFirst() throws Exception {
    JsonNode timeline = read("/api/patients/" + data.patientId() + "/timeline", status().isOk());
    assertThat(timeline.findValuesAsText("kind")).containsSubsequence("REPORT", "ORDERED");
  }

  @Test
  void anInvalidNhsNumberIsA400ProblemNamingTheParameter() throws Exception {
    JsonNode problem = read("/api/exams?nhsNumber=1234567890", status().isBadRequest());
    assertThat(problem.get("parameter").asText()).isEqualTo("nhsNumber");
    assertThat(problem.get("status").asInt()).isEqualTo(400);
  }

  @Test
  void badPagingAndMalformedIdsAre400ProblemsWithoutStackTraces() throws Exception {
    assertThat(read("/api/exams?limit=0", status().isBadRequest()).get("parameter").asText())
        .isEqualTo("limit");
    assertThat(read("/api/exams?offset=-1", status().isBadRequest()).get("parameter").asText())
        .isEqualTo("offset");
    JsonNode notNumber = read("/api/exams?limit=many", status().isBadRequest());
    assertThat(notNumber.toString()).doesNotContain("Exception", "at org.");
    read("/api/exams/not-a-uuid", status().isBadRequest());
  }

  @Test
  void unknownIdsAre404Problems() throws Exception {
    String unknown = "/00000000-0000-0000-0000-000000000000";
    for (String base : new String[] {"/api/exams", "/api/patients", "/api/reports"}) {
      assertThat(read(base + unknown, status().isNotFound()).get("status").asInt()).isEqualTo(404);
    }
  }

  @Test
  void theOpenApiDocumentDescribesTheTaggedApi() throws Exception {
    JsonNode doc = json.readTree(mvc.perform(get("/v3/api-docs").with(user("a").roles("ADMIN")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    assertThat(doc.get("tags").findValuesAsText("name"))
        .contains("Examinations", "Patients", "Reports");
    assertThat(doc.get("paths").has("/api/exams/{id}")).isTrue();
    assertThat(doc.get("paths").has("/")).isFalse();
  }

  private JsonNode read(String route, ResultMatcher expected) throws Exception {
    return json.readTree(mvc.perform(get(route).with(user("r").roles("RADIOLOGIST")))
        .andExpect(expected)
        .andReturn().getResponse().getContentAsString());
  }
}
