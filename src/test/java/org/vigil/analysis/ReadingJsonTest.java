package org.vigil.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.Finding;
import org.vigil.findings.FlagAgreement;
import org.vigil.findings.FollowUp;
import org.vigil.findings.Measurement;
import org.vigil.findings.Modifier;
import org.vigil.findings.ReportAnalysis;
import org.vigil.findings.SectionKind;

class ReadingJsonTest {

  /** As Spring Boot configures the API's mapper here: nulls left out. */
  private final ObjectMapper api =
      new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
  private final ReadingJson stored = new ReadingJson(api);

  private final Finding negatedPneumothorax = new Finding("pneumothorax", "Pneumothorax",
      "36118008", AlertCategory.NONE, true, false, false, false, "patient", SectionKind.FINDINGS,
      2, 135, 147, "pneumothorax", null, "chest", List.of(),
      List.of(new Modifier("negated", "No", 132, 134)));
  private final Finding uncertainHistoricalNodule = new Finding("lung_nodule", "Pulmonary nodule",
      null, AlertCategory.SIGNIFICANT, false, true, true, true, "family", SectionKind.IMPRESSION,
      0, 0, 12, "solid nodule", "right", "lung",
      List.of(new Measurement("6 mm", 701, 705, List.of(6.0))), List.of());
  private final Finding affirmedEmbolus = new Finding("pulmonary_embolism", "Pulmonary embolism",
      "59282003", AlertCategory.CRITICAL, false, false, false, false, "patient", null, 3, 200,
      218, "pulmonary embolus", "left", "chest", List.of(), List.of());
  private final ReportAnalysis analysis = new ReportAnalysis("r1", AlertCategory.CRITICAL, true,
      FlagAgreement.UNFLAGGED, List.of(negatedPneumothorax, uncertainHistoricalNodule,
          affirmedEmbolus),
      List.of(new FollowUp("CT chest", "CT", "chest", 90, 90, false, true,
          FollowUp.Source.REPORT, null, "lung_nodule", "CT chest in 3 months.", 4, null)),
      "kb-2026.3");

  @Test
  void aStoredReadingReadsBackAsTheSameAnalysis() {
    assertThat(stored.read(stored.write(analysis))).isEqualTo(analysis);
  }

  @Test
  void aStoredReadingLeavesOutFalseFlagsEmptyListsAndTheDerivedAffirmed() throws Exception {
    String json = stored.write(analysis);
    String findings = json.substring(0, json.indexOf("\"followUps\""));

    assertThat(findings).doesNotContain(":false", "[]", "affirmed")
        .contains("\"negated\":true", "\"uncertain\":true", "\"historical\":true",
            "\"hypothetical\":true", "\"communicationNeeded\":true");
    assertThat(json).contains("\"conditional\":false"); // follow-ups are stored as they are
    assertThat(json.length()).isLessThan(api.writeValueAsString(analysis).length() * 9 / 10);
  }

  @Test
  void readingsStoredInTheApisFullFormStillReadBack() throws Exception {
    String full = api.writeValueAsString(analysis);
    assertThat(full).contains("\"affirmed\":true", "\"measurements\":[]");

    assertThat(stored.read(full)).isEqualTo(analysis);
  }

  @Test
  void theApiStillShowsEveryFieldOfAFinding() throws Exception {
    new ReadingJson(api).write(analysis); // the storage form must not change the API's mapper

    assertThat(api.writeValueAsString(affirmedEmbolus))
        .contains("\"negated\":false", "\"modifiers\":[]", "\"affirmed\":true");
  }
}
