package org.vigil.findings.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vigil.findings.eval.CorpusReader;

/**
 * The openings may only spare {@link Procedures#leads} its patterns where they cannot find a
 * procedure at the start, and {@link Procedures#firstSpecific} the places where no procedure can
 * start. Every alternative of both patterns is written out below and must pass the openings; on
 * the corpus and on random text, whatever the patterns read as opening with a procedure passes
 * them too, and the first procedure found is the one {@code find()} finds.
 */
class ProcedureOpeningsTest {

  private static final List<String> LEAD_INS =
      List.of(
          "a", "an", "the", "repeat", "further", "follow-up", "follow up", "followup", "urgent",
          "interval", "dedicated", "non-urgent", "nonurgent", "early", "outpatient", "formal",
          "renal", "pelvic", "abdominal", "chest", "thoracic", "liver", "hepatic", "thyroid",
          "breast", "brain", "head", "neck", "spinal", "cardiac", "adrenal", "pancreatic",
          "contrast-enhanced", "contrast");

  private static final List<String> PROCEDURES =
      List.of(
          "pet-ct", "pet/ct", "pet ct", "petct", "pet", "fdg", "ctpa", "ct pulmonary angiogram",
          "ct colonography", "ctc", "hrct", "eus", "endoscopic ultrasound", "ct",
          "computed tomography", "cat scan", "mrcp", "mr", "mri", "magnetic resonance",
          "echocardiogram", "echo", "transvaginal ultrasound", "tvs", "tvus", "ultrasound",
          "sonography", "doppler", "us", "uss", "mammogram", "mammography", "mammo", "cxr",
          "chest x-ray", "chest xrays", "chest radiograph", "chest films", "axr", "x-ray", "xrays",
          "radiograph", "radiographs", "plain film", "plain films", "barium swallow",
          "contrast enema", "contrast meal", "contrast study", "contrast swallow", "fluoroscopy",
          "bone scan", "isotope study", "scintigraphy", "spect", "mibg", "octreotide", "dmsa",
          "mag3", "nuclear medicine", "biopsy", "biopsies", "tissue sampling",
          "tissue diagnosis", "fna", "fine needle aspiration", "colonoscopy", "endoscopy", "ogd",
          "gastroscopy", "bronchoscopy", "cystoscopy", "mdt", "multidisciplinary",
          "multi-disciplinary", "tumour board", "tumor board", "referral", "referal", "refer",
          "referred", "specialist opinion", "surgical opinion", "clinical review",
          "clinical assessment", "clinical examination", "clinic review", "review in clinic",
          "gp review", "fracture clinic", "outpatient clinic", "breast clinic",
          "respiratory clinic", "recall", "tumour markers", "tumor marker",
          "inflammatory markers", "crp", "psa", "ca-125", "ca125", "cea", "afp", "lft", "lfts",
          "liver function tests", "liver function test", "blood tests", "blood results",
          "bloods");

  private static final String[] PIECES = {
    " ", "  ", "\t", "\n", "-", "/", ",", ".", "a ", "an ", "the ", "repeat ", "further ",
    "follow-up ", "follow up ", "followup ", "non-urgent ", "nonurgent ", "an ", "repeat", "renal ", "contrast-enhanced ", "contrast enhanced ", "contrast ", "the", "a", "thoracic ",
    "chest ", "ct", "CT", "us", "US", "USS", "Us", "mri", "pet", "ctpa", "echo", "x-ray", "xray",
    "clinic", " clinic", "fracture", "review", "in", "gp", "referral", "biopsy", "barium",
    "bloods", "ca-125", "and", "if", "clinical", "clinician", "Clinic", "_clinic", "é clinic", "symptoms", "persist", "é", "x", "1", "_", "Ultrasound"
  };

  @Test
  void everyLeadInWordPassesTheOpenings() {
    for (String word : LEAD_INS) {
      for (String space : List.of(" ", "\t", "\n", "  ")) {
        String text = word + space + "ct";
        Matcher lead = Procedures.LEAD_IN.matcher(text);
        assertThat(lead.lookingAt() && lead.end() > 0).as(text).isTrue();
        assertThat(ProcedureOpenings.mayOpen(text)).as(text).isTrue();
      }
    }
  }

  @Test
  void leadInWordsInARowPassTheOpenings() {
    assertThat(ProcedureOpenings.mayOpen("a repeat non-urgent contrast-enhanced ct")).isTrue();
    assertThat(ProcedureOpenings.mayOpen("the follow up\t\tultrasound")).isTrue();
  }

  @Test
  void aClauseOpeningOtherwiseIsNotSearched() {
    assertThat(ProcedureOpenings.mayOpen("the lungs are clear.")).isFalse();
    assertThat(ProcedureOpenings.mayOpen("there is no ct evidence")).isFalse();
    assertThat(ProcedureOpenings.mayOpen("follow")).isFalse();
  }

  @Test
  void everyProcedurePassesTheOpenings() {
    for (String procedure : PROCEDURES) {
      assertThat(Procedures.ANY_SPECIFIC.matcher(procedure).lookingAt()).as(procedure).isTrue();
      assertThat(ProcedureOpenings.mayOpen(procedure)).as(procedure).isTrue();
    }
  }

  @Test
  void everyProcedureKindHasItsAlternativesWrittenOut() {
    assertThat(PROCEDURES.stream().map(Procedures::in).filter(p -> p != null).map(Procedure::name).distinct().count())
        .as("every specific kind named")
        .isEqualTo(27);
  }

  @Test
  void openingsNeverHideAProcedureOnTheCorpus() {
    var corpus = CorpusReader.fromClasspath();
    Stream.concat(
            corpus.reports().stream().map(r -> r.text()),
            corpus.sentences().stream().map(s -> s.sentence()))
        .flatMap(text -> Stream.concat(Stream.of(text), AdviceClauses.of(text).stream()))
        .flatMap(ProcedureOpeningsTest::wordSuffixes)
        .forEach(ProcedureOpeningsTest::assertOpeningsAgree);
  }

  @Test
  void openingsNeverHideAProcedureOnRandomText() {
    Random random = new Random(7);
    for (int n = 0; n < 100_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = 1 + random.nextInt(7); i > 0; i--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      assertOpeningsAgree(text.toString());
    }
  }

  private static void assertOpeningsAgree(String text) {
    if (opensByPattern(text)) {
      String lower = text.strip().toLowerCase(Locale.ROOT);
      assertThat(ProcedureOpenings.mayOpen(lower)).as(text).isTrue();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    assertThat(found(Procedures.firstSpecific(lower)))
        .as(text)
        .isEqualTo(found(findByPattern(lower)));
  }

  private static Matcher findByPattern(String lower) {
    Matcher m = Procedures.ANY_SPECIFIC.matcher(lower);
    return m.find() ? m : null;
  }

  /** Where the match is and which kind's group matched. */
  private static String found(Matcher m) {
    if (m == null) {
      return "none";
    }
    StringBuilder b = new StringBuilder(m.start() + "-" + m.end());
    for (int k = 0; k < 27; k++) {
      b.append(m.start("k" + k) >= 0 ? " k" + k : "");
    }
    return b.toString();
  }

  /** What {@link Procedures#leads} needs before its pronoun check: a procedure at the start. */
  private static boolean opensByPattern(String text) {
    String stripped = text.strip();
    Matcher lead = Procedures.LEAD_IN.matcher(stripped.toLowerCase(Locale.ROOT));
    String rest = stripped.substring(lead.lookingAt() ? lead.end() : 0);
    return Procedures.ANY_SPECIFIC.matcher(rest.toLowerCase(Locale.ROOT)).lookingAt();
  }

  /** The text from each word on: every way a clause can start. */
  private static Stream<String> wordSuffixes(String text) {
    Stream.Builder<String> out = Stream.builder();
    for (int i = 0; i < text.length(); i++) {
      if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
        out.add(text.substring(i));
      }
    }
    return out.build();
  }
}
