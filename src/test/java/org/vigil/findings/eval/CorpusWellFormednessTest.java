package org.vigil.findings.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The labelled corpus is what it claims to be: a wrong label measures nothing. */
class CorpusWellFormednessTest {

  private static final Corpus CORPUS = CorpusReader.fromClasspath();
  private static final Set<String> MODALITIES = Set.of("CT", "MR", "XR", "US", "NM", "MG", "FL");

  @Test
  void holdsEnoughSentencesReportsAndRecommendations() {
    assertThat(CORPUS.sentences()).hasSizeGreaterThanOrEqualTo(450);
    assertThat(CORPUS.reports()).hasSizeGreaterThanOrEqualTo(160);
    assertThat(CORPUS.reports().stream().filter(r -> !r.followUps().isEmpty()))
        .hasSizeGreaterThanOrEqualTo(40);
  }

  @Test
  void everyTargetOccursVerbatimInItsSentence() {
    assertThat(CORPUS.sentences())
        .allSatisfy(s -> assertThat(s.sentence()).as(s.id()).contains(s.target()));
  }

  @Test
  void everyRecommendationIsAVerbatimPartOfItsReport() {
    assertThat(CORPUS.reports()).allSatisfy(r -> assertThat(r.followUps())
        .allSatisfy(f -> assertThat(r.text()).as(r.id()).contains(f.sentence())));
  }

  @Test
  void idsAreUniqueAcrossTheCorpus() {
    List<String> ids = Stream.concat(
        CORPUS.sentences().stream().map(CorpusSentence::id),
        CORPUS.reports().stream().map(CorpusReport::id)).toList();

    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void usesOnlyConceptIdsTheKnowledgeBasePromises() throws IOException {
    Set<String> known = documentedConcepts();

    assertThat(known).hasSizeGreaterThan(80);
    assertThat(allMentions()).extracting(Mention::concept).allSatisfy(c -> assertThat(known).contains(c));
  }

  @Test
  void everyPromisedConceptIsAffirmedThreeTimesAndNegatedOnce() throws IOException {
    List<Mention> mentions = allMentions();
    Map<String, Long> affirmed = count(mentions, Mention::affirmed);
    Map<String, Long> negated = count(mentions, Mention::negated);
    List<String> thin = new ArrayList<>();
    for (String concept : documentedConcepts()) {
      if (affirmed.getOrDefault(concept, 0L) < 3 || negated.getOrDefault(concept, 0L) < 1) {
        thin.add(concept + " affirmed " + affirmed.get(concept) + " negated " + negated.get(concept));
      }
    }
    assertThat(thin).isEmpty();
  }

  @Test
  void reportsNameAKnownModalityAndHoldRealisticText() {
    assertThat(CORPUS.reports()).allSatisfy(r -> {
      assertThat(MODALITIES).as(r.id()).contains(r.modality());
      assertThat(r.text().lines().count()).as(r.id()).isBetween(2L, 30L);
      assertThat(r.category()).as(r.id()).isNotNull();
    });
  }

  @Test
  void sentencesNameTheirExperiencer() {
    assertThat(CORPUS.sentences()).extracting(CorpusSentence::experiencer)
        .allSatisfy(e -> assertThat(e).isIn("patient", "other"));
  }

  @Test
  void mostReportsAreNormalOrNeedNoAlertLikeRealWorkloads() {
    long none = CORPUS.reports().stream()
        .filter(r -> r.category() == org.vigil.findings.AlertCategory.NONE).count();
    assertThat(none).isGreaterThanOrEqualTo(CORPUS.reports().size() / 3);
  }

  private record Mention(String concept, boolean affirmed, boolean negated) {}

  private static List<Mention> allMentions() {
    List<Mention> mentions = new ArrayList<>();
    for (CorpusSentence s : CORPUS.sentences()) {
      mentions.add(new Mention(s.concept(),
          !s.negated() && !s.hypothetical() && !s.otherExperiencer(), s.negated()));
    }
    for (CorpusReport r : CORPUS.reports()) {
      for (ExpectedFinding f : r.findings()) {
        mentions.add(new Mention(f.concept(), f.isAffirmed(), f.negated()));
      }
    }
    return mentions;
  }

  private static Map<String, Long> count(List<Mention> mentions,
      java.util.function.Predicate<Mention> which) {
    return mentions.stream().filter(which)
        .collect(Collectors.groupingBy(Mention::concept, Collectors.counting()));
  }

  /** The ids listed under "Concept ids every component can rely on" in the knowledge-base doc. */
  static Set<String> documentedConcepts() throws IOException {
    String doc = Files.readString(Path.of("docs/findings-knowledge-base.md"));
    String section = doc.substring(doc.indexOf("## Concept ids every component can rely on"));
    Set<String> ids = new TreeSet<>();
    Matcher line = Pattern.compile("(?m)^[^\\n:]+:((?:[^\\n]|\\n(?![A-Z\\n]))*)").matcher(
        section.substring(section.indexOf('\n', section.indexOf("renamed)")) + 1));
    while (line.find()) {
      Matcher id = Pattern.compile("[a-z][a-z_]+[a-z]").matcher(line.group(1));
      while (id.find()) {
        ids.add(id.group());
      }
    }
    Set<String> words = new HashSet<>(Set.of("and", "size", "thresholds"));
    ids.removeAll(words);
    return ids;
  }
}
