package org.vigil.findings.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.engine.TestEngines;

class KnowledgeBaseLoaderTest {

  private static KnowledgeBase parse(String yaml) {
    return KnowledgeBaseLoader.load(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "inline");
  }

  @Test
  void readsTheDocumentedFormat() {
    KnowledgeBase kb = TestEngines.testKnowledgeBase();
    Concept ptx = kb.concepts().stream().filter(c -> c.id().equals("pneumothorax")).findFirst()
        .orElseThrow();
    assertThat(ptx.category()).isEqualTo(AlertCategory.URGENT);
    assertThat(ptx.abbreviations()).containsExactly("PTX");
    assertThat(ptx.exclude()).contains("pneumothorax ex vacuo");
    assertThat(ptx.rules().get(0).any()).contains("tension");
    assertThat(ptx.rules().get(1).minMm()).isEqualTo(55.0);
    assertThat(ptx.historical()).isEqualTo(HistoricalPolicy.SUPPRESS);
    assertThat(kb.sites()).containsEntry("upper lobe", "lung").containsEntry("hepatic", "liver");
  }

  @Test
  void anUnknownKeyFailsLoudly() {
    assertThatThrownBy(() -> parse("""
        version: "1"
        concepts:
          - id: pneumothorax
            synonyms: [pneumothorax]
            severity: high
        """)).hasMessageContaining("unknown key 'severity'");
  }

  @Test
  void anUnknownCategoryFailsLoudly() {
    assertThatThrownBy(() -> parse("""
        version: "1"
        concepts:
          - id: pneumothorax
            category: RED
            synonyms: [pneumothorax]
        """)).hasMessageContaining("unknown category 'RED'");
  }

  @Test
  void aConceptWithoutSynonymsFailsLoudly() {
    assertThatThrownBy(() -> parse("version: \"1\"\nconcepts:\n  - id: empty\n"))
        .hasMessageContaining("at least one synonym");
  }

  @Test
  void aMissingVersionFailsLoudly() {
    assertThatThrownBy(() -> parse("concepts: []\n")).hasMessageContaining("version");
  }

  @Test
  void siteNamesMayMapToWordsOrWordsToSites() {
    KnowledgeBase kb = parse("""
        version: "1"
        sites:
          lung: [pulmonary, lobe]
          hepatic: liver
        concepts: []
        """);
    assertThat(kb.sites()).containsEntry("pulmonary", "lung").containsEntry("lung", "lung")
        .containsEntry("hepatic", "liver");
  }

  @Test
  void theDefaultKnowledgeBaseIsLoadedFromTheClasspathOrFailsLoudly() {
    boolean present = KnowledgeBaseLoader.class.getResource(KnowledgeBaseLoader.DEFAULT_RESOURCE) != null;
    if (present) {
      assertThat(KnowledgeBaseLoader.loadDefault().concepts()).isNotEmpty();
    } else {
      assertThatThrownBy(KnowledgeBaseLoader::loadDefault)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("knowledge-base.yaml");
    }
  }

  @Test
  void aTrustFileReplacesTheKnowledgeBase(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("trust.yaml");
    Files.writeString(file, "version: trust-1\nconcepts:\n  - id: fracture\n    synonyms: [fracture]\n");
    KnowledgeBase kb = KnowledgeBaseLoader.load(file);
    assertThat(kb.version()).isEqualTo("trust-1");
    assertThat(kb.concepts()).extracting(Concept::id).containsExactly("fracture");
  }

  @Test
  void anOverlayReplacesConceptsByIdAndAddsNewOnes() {
    KnowledgeBase base = TestEngines.testKnowledgeBase();
    KnowledgeBase trust = parse("""
        version: "t1"
        concepts:
          - id: pleural_effusion
            category: URGENT
            synonyms: [pleural effusion]
          - id: rib_lesion
            synonyms: [rib lesion]
        """);
    KnowledgeBase merged = KnowledgeBaseLoader.overlay(base, trust);
    assertThat(merged.version()).isEqualTo("test-1+t1");
    assertThat(merged.concepts()).hasSize(base.concepts().size() + 1);
    assertThat(merged.concepts()).filteredOn(c -> c.id().equals("pleural_effusion"))
        .extracting(Concept::category).containsExactly(AlertCategory.URGENT);
  }
}
