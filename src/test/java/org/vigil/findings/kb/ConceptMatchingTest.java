package org.vigil.findings.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.findings.engine.TestEngines;
import org.vigil.findings.text.Tokenizer;
import org.vigil.findings.text.Tokens;

class ConceptMatchingTest {

  private static final CompiledKnowledgeBase KB =
      new CompiledKnowledgeBase(TestEngines.testKnowledgeBase());

  private static List<String> concepts(String sentence) {
    Tokens tokens = Tokenizer.tokenize(sentence);
    List<Mention> out = new ArrayList<>();
    KB.mentions(tokens, 0, tokens.size(), out);
    return out.stream().map(m -> m.concept().id()).toList();
  }

  @Test
  void findsSynonymsWhateverTheCaseAndPlural() {
    assertThat(concepts("Bilateral PNEUMOTHORACES.")).containsExactly("pneumothorax");
    assertThat(concepts("Multiple pulmonary nodules.")).containsExactly("lung_nodule");
    assertThat(concepts("Intracranial hemorrhage.")).containsExactly("intracranial_haemorrhage");
  }

  @Test
  void abbreviationsMatchOnlyInCapitals() {
    assertThat(concepts("Large PE.")).containsExactly("pulmonary_embolism");
    assertThat(concepts("Patient had pe lessons.")).isEmpty();
  }

  @Test
  void theLongestSynonymWins() {
    assertThat(concepts("Abdominal aortic aneurysm.")).containsExactly("abdominal_aortic_aneurysm");
    assertThat(concepts("Alert code cancer.")).containsExactly("alert_code_cancer");
  }

  @Test
  void anExclusionHidesItsConcept() {
    assertThat(concepts("Pneumothorax ex vacuo after drainage.")).isEmpty();
    assertThat(concepts("A thyroid nodule.")).isEmpty();
    assertThat(concepts("Refer to fracture clinic.")).isEmpty();
  }

  @Test
  void aGapSynonymFindsSeparatedWords() {
    assertThat(concepts("Filling defect in the right pulmonary artery."))
        .containsExactly("pulmonary_embolism");
  }

  @Test
  void hashIsAFractureAbbreviation() {
    assertThat(concepts("Left NOF #.")).containsExactly("fracture");
  }
}
