package org.vigil.findings.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuidelinesFileTest {

  /** Concept ids promised by docs/findings-knowledge-base.md. */
  private static final Set<String> STABLE_CONCEPTS =
      Set.of(
          "lung_nodule",
          "adrenal_lesion",
          "renal_lesion",
          "thyroid_nodule",
          "pancreatic_cyst",
          "liver_lesion",
          "ovarian_lesion",
          "abdominal_aortic_aneurysm");

  private static final String MINIMAL =
      """
      version: "test-1"
      guidelines:
        - id: test_guideline
          name: Test
          source: Test source
          version: "1"
          applies_to: [lung_nodule]
          rules:
      """;

  @TempDir Path dir;

  @Test
  void shipsEveryGuidelineTheBriefNamesWithSourceAndVersion() {
    Guidelines guidelines = Guidelines.fromClasspath();

    assertThat(guidelines.version()).isNotBlank();
    assertThat(guidelines.guidelines())
        .extracting(Guideline::id)
        .contains(
            "fleischner_2017_solid",
            "fleischner_2017_subsolid",
            "aaa_surveillance",
            "thyroid_nodule_acr",
            "adrenal_incidentaloma",
            "renal_mass_bosniak",
            "pancreatic_cyst_acr",
            "liver_lesion_acr",
            "ovarian_cyst_sru");
    assertThat(guidelines.guidelines())
        .allSatisfy(
            g -> {
              assertThat(g.source()).isNotBlank();
              assertThat(g.version()).isNotBlank();
              assertThat(STABLE_CONCEPTS).containsAll(g.appliesTo());
              assertThat(g.rules()).allSatisfy(rule -> assertThat(rule.source()).isNotBlank());
            });
  }

  @Test
  void readsATrustsOwnGuidelinesFile() throws IOException {
    Path file =
        write(
            MINIMAL
                + """
                    - id: any_nodule
                      action: follow_up
                      procedure: CT chest
                      min_days: 30
                      max_days: 60
                      timing: vigil_default
                      advice: Trust policy
                      source: Trust policy 2026
                """);

    FollowUpRecommendations reader = FollowUpRecommendations.fromFile(file);

    assertThat(reader.guidelinesVersion()).isEqualTo("test-1");
  }

  @Test
  void refusesAFollowUpRuleWithoutAnInterval() throws IOException {
    Path file =
        write(
            MINIMAL
                + """
                    - id: no_days
                      action: follow_up
                      procedure: CT chest
                      timing: guideline
                      advice: CT
                      source: somewhere
                """);

    assertThatThrownBy(() -> Guidelines.fromFile(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no_days")
        .hasMessageContaining("min_days");
  }

  @Test
  void refusesAMisspelledField() throws IOException {
    Path file =
        write(
            MINIMAL
                + """
                    - id: typo
                      action: none
                      bellow_mm: 6
                      advice: none
                      source: somewhere
                """);

    assertThatThrownBy(() -> Guidelines.fromFile(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bellow_mm");
  }

  @Test
  void refusesAnUnknownFeature() throws IOException {
    Path file =
        write(
            MINIMAL
                + """
                    - id: unknown_feature
                      when: [smoker]
                      action: none
                      advice: none
                      source: somewhere
                """);

    assertThatThrownBy(() -> Guidelines.fromFile(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("smoker");
  }

  @Test
  void refusesARuleWithoutASource() throws IOException {
    Path file =
        write(
            MINIMAL
                + """
                    - id: unsourced
                      action: none
                      advice: none
                """);

    assertThatThrownBy(() -> Guidelines.fromFile(file)).hasMessageContaining("unsourced");
  }

  @Test
  void readsNothingFromAnEmptyReport() {
    assertThat(FollowUpRecommendations.fromClasspath().read("", List.of(), List.of())).isEmpty();
  }

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve("guidelines.yaml");
    Files.writeString(file, yaml);
    return file;
  }
}
