package org.vigil.findings.followup;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vigil.findings.eval.CorpusReader;

/**
 * A cue's anchors may only spare its pattern text the pattern cannot match. Every alternative of
 * every cue pattern in this package is written out below and must pass its cue's anchors; a cue
 * added without its alternatives fails the first test, so an anchor cannot be forgotten silently.
 */
class CueTest {

  private static final Map<String, List<String>> ALTERNATIVES =
      Map.ofEntries(
          entry(
              "Advice.STRONG",
              List.of(
                  "we recommend ct", "ct is recommended", "advise", "advised",
                  "would be advisable", "would benefit from", "consider mri",
                  "should be considered", "could be considered", "may be considered",
                  "might be considered", "for consideration", "referral", "referal",
                  "refer to urology", "should be referred", "recall", "recalled", "correlate",
                  "correlation", "should be discussed", "to be discussed",
                  "discussion at the local lung mdt",
                  "discuss in the weekly multidisciplinary meeting", "discussion at meeting",
                  "discussion in multi-disciplinary", "discuss at the mdt", "mdt discussion",
                  "mdt meeting",
                  "mdt review", "to be followed up", "should be followed up",
                  "need to be followed up", "needs to be followed up", "must be followed up",
                  "clinical review", "please arrange", "as clinically indicated",
                  "if clinically appropriate", "where clinically indicated",
                  "could be performed", "may be obtained", "might be arranged", "can be helpful",
                  "could be useful", "may be of value", "would be helpful", "would be useful",
                  "would be of value", "warrant", "warrants", "warranted", "is indicated",
                  "are indicated", "should have", "should undergo", "should be performed",
                  "should be arranged", "should be obtained", "should be repeated",
                  "immediate review", "urgent surgical review", "emergency discussion",
                  "same-day opinion", "same day assessment", "prompt consultation",
                  "early surgical team input", "suitable for ct-guided drainage",
                  "amenable to percutaneous aspiration", "suitable for biopsy",
                  "amenable to embolisation", "suitable for embolization",
                  "amenable to stenting", "suitable for radiofrequency ablation")),
          entry(
              "Advice.WEAK",
              List.of(
                  "suggest", "suggested", "follow-up", "follow up", "followup", "repeat",
                  "further assessment", "further evaluation", "further imaging",
                  "further investigation", "further characterisation",
                  "further characterization", "further views", "re-image", "reimage",
                  "re-imaging", "reimaging", "rescan", "re-scan", "surveillance")),
          entry("Intervals.UK", List.of("3/12", "6/52", "2/7")),
          entry(
              "Intervals.RANGE",
              List.of("3-6 months", "between 3 and 6 months", "6 to 12 months", "3 or 4 wks")),
          entry(
              "Intervals.SINGLE",
              List.of(
                  "in 3 months", "within 48 hours", "no later than 2 weeks", "up to 6 weeks",
                  "by 1 year", "the next 3 days", "12mths", "2 yrs", "6-monthly")),
          entry(
              "Intervals.ANNUAL",
              List.of("annual", "annually", "yearly", "every year", "once a year")),
          entry("Intervals.SAME_DAY", List.of("same day", "same-day", "today")),
          entry(
              "Intervals.URGENT",
              List.of(
                  "urgent", "urgently", "as soon as possible", "asap", "immediate",
                  "immediately", "without delay", "emergency", "emergent", "emergently")),
          entry(
              "Intervals.TWO_WEEK",
              List.of(
                  "2 week wait", "2-week-wait", "2weekwait", "2ww", "fast track", "fast-track",
                  "fasttrack", "suspected cancer pathway")),
          entry(
              "Intervals.SOON", List.of("soon", "shortly", "early", "promptly", "near future")),
          entry(
              "Intervals.SHORT",
              List.of("short interval", "short-interval", "short term", "short-term")),
          entry(
              "Intervals.NEXT_CLINIC",
              List.of(
                  "next clinic", "routine outpatient", "forthcoming appointment",
                  "upcoming visit", "next review", "next attendance")),
          entry(
              "Intervals.DASHES",
              List.of("\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015")),
          entry(
              "NumberWords.COMPOUND",
              List.of("twenty-one", "thirty two", "forty-nine", "fifty five")),
          entry(
              "NumberWords.WORD",
              List.of(
                  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                  "eleven", "twelve", "fourteen", "fifteen", "sixteen", "eighteen", "twenty",
                  "thirty", "forty", "fifty")),
          entry(
              "NumberWords.ARTICLE",
              List.of("a day", "an week", "one month", "a year", "a fortnight")),
          entry("NumberWords.HALF", List.of("half a year", "half an year", "1/2 year")),
          entry("NumberWords.FORTNIGHT", List.of("fortnight", "fortnights", "2 fortnights")),
          entry(
              "Features.POST", List.of("postmenopausal", "post-menopausal", "post menopausal")),
          entry(
              "Features.PRE",
              List.of(
                  "premenopausal", "pre-menopausal", "pre menopausal", "menstruating", "lmp",
                  "last menstrual period", "pregnant")),
          entry(
              "Features.HIGH_RISK_LIVER",
              List.of(
                  "cirrhosis", "cirrhotic", "hepatitis", "known primary", "known malignancy",
                  "known cancer", "known carcinoma", "oncology", "staging")));

  @Test
  void everyCueInThePackageHasItsAlternativesWrittenOut() throws Exception {
    assertThat(cues().keySet()).isEqualTo(new TreeMap<>(ALTERNATIVES).keySet());
  }

  @Test
  void everyAlternativeOfEveryCuePassesItsAnchors() throws Exception {
    cues()
        .forEach(
            (name, cue) -> {
              for (String text : ALTERNATIVES.get(name)) {
                assertThat(cue.pattern().matcher(text).find()).as(name + ": " + text).isTrue();
                assertThat(cue.in(text)).as(name + ": " + text).isTrue();
              }
            });
  }

  @Test
  void anchorsNeverChangeTheAnswerOnTheCorpus() throws Exception {
    var corpus = CorpusReader.fromClasspath();
    List<String> texts =
        Stream.concat(
                corpus.reports().stream().map(r -> r.text()),
                corpus.sentences().stream().map(s -> s.sentence()))
            .map(text -> text.toLowerCase(Locale.ROOT))
            .toList();
    Map<String, Cue> cues = cues();
    for (String lower : texts) {
      cues.forEach(
          (name, cue) ->
              assertThat(cue.in(lower))
                  .as(name + ": " + lower)
                  .isEqualTo(cue.pattern().matcher(lower).find()));
    }
  }

  @Test
  void aTextWithoutAnchorsIsNotSearched() {
    assertThat(Advice.STRONG.mayOccurIn("the lungs are clear.")).isFalse();
    assertThat(Advice.WEAK.mayOccurIn("the lungs are clear.")).isFalse();
  }

  /** Every static Cue field of the package's classes, by "Class.FIELD". */
  private static Map<String, Cue> cues()
      throws IOException, URISyntaxException, ReflectiveOperationException {
    Path dir =
        Path.of(Cue.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve(Cue.class.getPackageName().replace('.', '/'));
    Map<String, Cue> cues = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String simple = file.getFileName().toString().replace(".class", "");
        Class<?> type = Class.forName(Cue.class.getPackageName() + "." + simple);
        for (Field field : type.getDeclaredFields()) {
          if (field.getType() == Cue.class && Modifier.isStatic(field.getModifiers())) {
            field.setAccessible(true);
            cues.put(type.getSimpleName() + "." + field.getName(), (Cue) field.get(null));
          }
        }
      }
    }
    return cues;
  }
}
