package org.vigil.findings.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vigil.findings.eval.CorpusReader;

/**
 * The one combined region pattern reads what scanning for each region in turn did (each region's
 * own "\b(words)\b", keeping only spans no earlier match covers, named in text order).
 */
class RegionsTest {

  private static final String[] PIECES = {
    " ", "  ", "-", "/", ",", ".", "_", "é", "1", "s", "x", "thoracic", "cervical", "whole",
    "dorsal", "lumbar", "spine", "spinal", "c", "l", "t", "c-spine", "chest", "thorax", "lung",
    "lungs", "pulmonary", "cxr", "ctpa", "abdomen", "abdominal", "axr", "pelvis", "pelvic",
    "adnexa", "ovary", "uterus", "transvaginal", "head", "brain", "cranial", "intracranial",
    "thyroid", "neck", "liver", "hepatic", "kidney", "kidneys", "renal", "adrenal", "adrenals",
    "pancreas", "pancreatic", "mrcp", "aorta", "aortic", "breast", "breasts", "mammogram",
    "scrotum", "testis", "testicular", "heart", "cardiac", "echocardiogram", "hip", "hips",
    "knee", "knees", "shoulder", "shoulders", "wrist", "scaphoid", "ankle", "ankles", "ct"
  };

  @Test
  void readsJoinedRegionsInTextOrder() {
    assertThat(Regions.in("ct of the thoracic spine and chest, abdomen and pelvis"))
        .isEqualTo("spine+chest+abdomen+pelvis");
    assertThat(Regions.in("the lungs are clear")).isEqualTo("chest");
    assertThat(Regions.in("no region here")).isNull();
  }

  @Test
  void readsLikeEachRegionInTurnOnTheCorpus() {
    var corpus = CorpusReader.fromClasspath();
    Stream.concat(
            corpus.reports().stream().map(r -> r.text()),
            corpus.sentences().stream().map(s -> s.sentence()))
        .map(text -> text.toLowerCase(Locale.ROOT))
        .forEach(
            lower -> {
              assertSameReading(lower);
              for (int at = 0; at < lower.length(); at++) { // the windows Procedures reads
                assertSameReading(
                    lower.substring(Math.max(0, at - 20), Math.min(lower.length(), at + 45)));
              }
            });
  }

  @Test
  void readsLikeEachRegionInTurnOnRandomText() {
    Random random = new Random(11);
    for (int n = 0; n < 100_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = 1 + random.nextInt(8); i > 0; i--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      assertSameReading(text.toString());
    }
  }

  private static void assertSameReading(String lower) {
    assertThat(Regions.in(lower)).as(lower).isEqualTo(eachRegionInTurn(lower));
  }

  private record Found(int at, int end, String name) {}

  private static final List<Pattern> EACH =
      Regions.REGIONS.stream().map(r -> Pattern.compile("\\b(" + r.regex() + ")\\b")).toList();

  /** The reading before the combined pattern, kept here as the reference. */
  private static String eachRegionInTurn(String lower) {
    List<Found> found = new ArrayList<>();
    for (int r = 0; r < EACH.size(); r++) {
      String name = Regions.REGIONS.get(r).name();
      Matcher m = EACH.get(r).matcher(lower);
      while (m.find()) {
        int start = m.start();
        int end = m.end();
        if (found.stream().noneMatch(f -> start < f.end() && end > f.at())) {
          found.add(new Found(start, end, name));
        }
      }
    }
    Set<String> names = new LinkedHashSet<>();
    found.stream().sorted(Comparator.comparingInt(Found::at)).forEach(f -> names.add(f.name()));
    return names.isEmpty() ? null : String.join("+", names);
  }
}
