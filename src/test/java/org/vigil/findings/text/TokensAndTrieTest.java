package org.vigil.findings.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensAndTrieTest {

  @Test
  void britishAndAmericanSpellingsAndPluralsFoldTogether() {
    assertThat(Normaliser.word("Haemorrhage")).isEqualTo(Normaliser.word("hemorrhage"));
    assertThat(Normaliser.word("oedema")).isEqualTo(Normaliser.word("edema"));
    assertThat(Normaliser.word("tumours")).isEqualTo(Normaliser.word("tumor"));
    assertThat(Normaliser.word("nodules")).isEqualTo(Normaliser.word("nodule"));
    assertThat(Normaliser.word("masses")).isEqualTo(Normaliser.word("mass"));
    assertThat(Normaliser.word("arteries")).isEqualTo(Normaliser.word("artery"));
    assertThat(Normaliser.word("abscess")).isEqualTo("abscess");
    assertThat(Normaliser.word("metastasis")).isEqualTo("metastasis");
  }

  @Test
  void hyphensAndSlashesSplitWordsAndDigitsSplitFromUnits() {
    Tokens t = Tokenizer.tokenize("post-operative and/or 12mm");
    assertThat(t.size()).isEqualTo(6);
    assertThat(t.norm(0)).isEqualTo("post");
    assertThat(t.norm(1)).isEqualTo("operative");
    assertThat(t.norm(4)).isEqualTo("12");
    assertThat(t.norm(5)).isEqualTo("mm");
  }

  @Test
  void longestMatchWins() {
    PhraseTrie<String> trie = new PhraseTrie<>();
    trie.add("pneumothorax", "short");
    trie.add("tension pneumothorax", "long");
    Tokens t = Tokenizer.tokenize("a tension pneumothorax");
    assertThat(trie.matches(t, 0, t.size())).singleElement()
        .satisfies(m -> assertThat(m.values()).containsExactly("long"));
  }

  @Test
  void anEllipsisMatchesAGapOfUpToThreeWords() {
    PhraseTrie<String> trie = new PhraseTrie<>();
    trie.add("filling defect ... pulmonary artery", "pe");
    assertThat(trie.matches(Tokenizer.tokenize("filling defect in the right pulmonary artery"), 0, 7))
        .hasSize(1);
    Tokens far = Tokenizer.tokenize("filling defect in the upper right main pulmonary artery");
    assertThat(trie.matches(far, 0, far.size())).isEmpty();
  }

  @Test
  void caseSensitivePhrasesMatchOnlyAsWritten() {
    PhraseTrie<String> trie = new PhraseTrie<>();
    trie.addCaseSensitive("PE", "pe");
    Tokens t = Tokenizer.tokenize("PE excluded, pe of the leg");
    assertThat(trie.matches(t, 0, t.size())).hasSize(1);
  }

  @Test
  void aPhraseCannotStartWithAGap() {
    assertThatThrownBy(() -> new PhraseTrie<String>().add("... nodule", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lateralityIsTheNearestSideInTheClause() {
    Tokens t = Tokenizer.tokenize("Large left pneumothorax");
    assertThat(Laterality.of(t, 2, 3, 0, t.size())).isEqualTo("left");
    Tokens abbreviated = Tokenizer.tokenize("R pneumothorax");
    assertThat(Laterality.of(abbreviated, 1, 2, 0, abbreviated.size())).isEqualTo("right");
    Tokens level = Tokenizer.tokenize("L1 fracture");
    assertThat(Laterality.of(level, 2, 3, 0, level.size())).isNull();
  }

  @Test
  void aGapNeverCrossesANegationOrAContrast() {
    PhraseTrie<String> trie = new PhraseTrie<>();
    trie.add("free ... gas", "perforation");
    trie.add("appendix ... inflamed", "appendicitis");
    Tokens butNo = Tokenizer.tokenize("free fluid but no free gas");
    assertThat(trie.matches(butNo, 0, butNo.size())).extracting(PhraseTrie.Match::start)
        .containsExactly(4);
    Tokens not = Tokenizer.tokenize("appendix is not inflamed");
    assertThat(trie.matches(not, 0, not.size())).isEmpty();
    Tokens is = Tokenizer.tokenize("appendix is inflamed");
    assertThat(trie.matches(is, 0, is.size())).hasSize(1);
  }

  @Test
  void aGapPhraseAndAnExactPhraseOfTheSameLengthBothCount() {
    PhraseTrie<String> trie = new PhraseTrie<>();
    trie.add("free ... gas", "pneumoperitoneum");
    trie.add("free mediastinal gas", "pneumomediastinum");
    Tokens t = Tokenizer.tokenize("Free mediastinal gas");
    assertThat(trie.matches(t, 0, t.size())).singleElement().satisfies(m ->
        assertThat(m.values()).containsExactlyInAnyOrder("pneumoperitoneum", "pneumomediastinum"));
  }

  @Test
  void aRefusedMatchLeavesItsLaterWordsToAnOverlappingPhrase() {
    PhraseTrie<String> trie = new PhraseTrie<>();
    trie.add("radiopaque foreign body", "airway");
    trie.add("foreign body in the ... oesophagus", "ingested");
    Tokens t = Tokenizer.tokenize("Radiopaque foreign body in the upper oesophagus");
    List<String> found = new ArrayList<>();
    trie.scanJudged(t, 0, t.size(), (start, end, values) -> {
      if (values.contains("airway")) {
        return false;
      }
      found.addAll(values);
      return true;
    });
    assertThat(found).containsExactly("ingested");
  }

  @Test
  void aSideEarlierInTheSentenceBelongsToItsOwnFinding() {
    Tokens t = Tokenizer.tokenize("Right lower lobe collapse with pleural effusion");
    assertThat(Laterality.of(t, 5, 7, 0, t.size())).isNull();
    Tokens comma = Tokenizer.tokenize("Left upper lobe consolidation, pleural effusion");
    assertThat(Laterality.of(comma, 5, 7, 0, comma.size())).isNull();
    Tokens own = Tokenizer.tokenize("Collapse with a small right pleural effusion");
    assertThat(Laterality.of(own, 5, 7, 0, own.size())).isEqualTo("right");
  }

  @Test
  void aHeartChamberIsNotASide() {
    Tokens t = Tokenizer.tokenize("Left ventricular thrombus");
    assertThat(Laterality.of(t, 2, 3, 0, t.size())).isNull();
  }
}
