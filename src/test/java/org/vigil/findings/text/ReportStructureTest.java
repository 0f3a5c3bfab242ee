package org.vigil.findings.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.findings.SectionKind;
import org.vigil.findings.Sentence;

class ReportStructureTest {

  private static List<Sentence> sentences(String text) {
    return ParsedReport.parse(text).sentences();
  }

  private static List<String> texts(String text) {
    return sentences(text).stream().map(Sentence::text).toList();
  }

  @Test
  void ukHeadingsInCapitalsWithColonsStartSections() {
    List<Sentence> s = sentences("""
        CLINICAL DETAILS: Chest pain. ?PE
        TECHNIQUE: CT pulmonary angiogram.
        COMPARISON: None.
        FINDINGS: No filling defect.
        CONCLUSION: No pulmonary embolism.
        """);
    assertThat(s).extracting(Sentence::section).containsExactly(SectionKind.INDICATION,
        SectionKind.INDICATION, SectionKind.TECHNIQUE, SectionKind.COMPARISON,
        SectionKind.FINDINGS, SectionKind.IMPRESSION);
    assertThat(s.get(1).text()).isEqualTo("?PE");
  }

  @Test
  void usHeadingsOnTheirOwnLinesWithoutColonsStartSections() {
    List<Sentence> s = sentences("""
        History
        55-year-old with cough.

        Findings
        Right lower lobe consolidation.

        Impression
        Pneumonia.

        Recommendations
        Follow-up radiograph in 6 weeks.
        """);
    assertThat(s).extracting(Sentence::section).containsExactly(SectionKind.INDICATION,
        SectionKind.FINDINGS, SectionKind.IMPRESSION, SectionKind.RECOMMENDATION);
  }

  @Test
  void textBeforeAnyHeadingIsBody() {
    assertThat(sentences("Normal chest radiograph.").get(0).section()).isEqualTo(SectionKind.BODY);
  }

  @Test
  void flattenedReportOnOneLineStillHasSections() {
    List<Sentence> s = sentences(
        "Findings: Large left pneumothorax. Impression: Tension pneumothorax. Addendum: Discussed.");
    assertThat(s).extracting(Sentence::section).containsExactly(SectionKind.FINDINGS,
        SectionKind.IMPRESSION, SectionKind.ADDENDUM);
    assertThat(s.get(1).text()).isEqualTo("Tension pneumothorax.");
  }

  @Test
  void capitalHeadingFollowedByTextOnTheSameLine() {
    List<Sentence> s = sentences("IMPRESSION Normal study.");
    assertThat(s.get(0).section()).isEqualTo(SectionKind.IMPRESSION);
    assertThat(s.get(0).text()).isEqualTo("Normal study.");
  }

  @Test
  void aSubHeadingInsideFindingsDoesNotChangeTheSection() {
    List<Sentence> s = sentences("FINDINGS:\nLungs: clear.\nHeart: normal size.");
    assertThat(s).extracting(Sentence::section).containsOnly(SectionKind.FINDINGS);
  }

  @Test
  void sentencesSurviveAbbreviationsAndDecimals() {
    assertThat(texts("Nodule measures approx. 1.2 cm, e.g. in segment 6. Discussed with Dr. Smith."))
        .containsExactly("Nodule measures approx. 1.2 cm, e.g. in segment 6.",
            "Discussed with Dr. Smith.");
    assertThat(texts("Compare with study no. 4 vs. prior. Stable.")).hasSize(2);
  }

  @Test
  void eachNumberedOrBulletedItemIsASentence() {
    assertThat(texts("IMPRESSION:\n1. Left pneumothorax\n2. Rib fractures\n- Small effusion\n* Nodule"))
        .containsExactly("Left pneumothorax", "Rib fractures", "Small effusion", "Nodule");
  }

  @Test
  void inlineNumberedItemsAreSentences() {
    assertThat(texts("Conclusion: 1. Pneumothorax. 2. Effusion."))
        .containsExactly("Pneumothorax.", "Effusion.");
  }

  @Test
  void lineBreakWithoutPunctuationEndsASentenceWhenTheNextLineStartsAnew() {
    assertThat(texts("Large left pneumothorax\nNo effusion\nHeart normal size"))
        .containsExactly("Large left pneumothorax", "No effusion", "Heart normal size");
  }

  @Test
  void wrappedLinesAreOneSentence() {
    assertThat(texts("There is a large left pneumothorax with\nmediastinal shift to the right."))
        .containsExactly("There is a large left pneumothorax with\nmediastinal shift to the right.");
  }

  @Test
  void questionMarkBeforeAWordIsNotASentenceEnd() {
    assertThat(texts("Clinical details: ? PE, ?DVT. Short of breath.")).hasSize(2);
  }

  @Test
  void sentenceOffsetsPointIntoTheOriginalText() {
    String text = "FINDINGS:\r\n  Small effusion.\r\n  No pneumothorax.";
    for (Sentence s : sentences(text)) {
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    }
    assertThat(texts(text)).containsExactly("Small effusion.", "No pneumothorax.");
  }

  @Test
  void sentencesAreNumberedAcrossTheReport() {
    assertThat(sentences("Findings: One. Two.\nImpression: Three."))
        .extracting(Sentence::index).containsExactly(0, 1, 2);
  }

  @Test
  void unheadedTextAfterTheClinicalDetailsParagraphIsTheReportNotTheQuestion() {
    List<Sentence> s = sentences("Clinical details: Fall. ?fracture\n\nDisplaced fracture of the left NOF.");
    assertThat(s).extracting(Sentence::section).containsExactly(SectionKind.INDICATION,
        SectionKind.INDICATION, SectionKind.BODY);
  }
}
