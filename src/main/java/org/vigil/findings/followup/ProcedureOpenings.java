package org.vigil.findings.followup;

import java.util.ArrayList;
import java.util.List;

/**
 * How a clause that opens with a procedure can start: a lead-in word ("repeat", "the", "renal")
 * or a procedure word ("CT", "ultrasound", "referral"). Nearly every clause of a report starts
 * with neither, and checking these openings is much cheaper than the two patterns {@link
 * Procedures#leads} runs. An opening ending in a space stands for any whitespace ("a\tCT").
 * {@code ProcedureOpeningsTest} holds the openings to every alternative of both patterns.
 */
final class ProcedureOpenings {

  /** The lead-in words of {@code Procedures.LEAD_IN}, each followed by whitespace there. */
  static final List<String> LEAD_INS =
      List.of(
          "a ", "an ", "the ", "repeat", "further", "follow", "urgent", "interval", "dedicated",
          "non", "early", "outpatient", "formal", "renal", "pelvic", "abdominal", "chest",
          "thoracic", "liver", "hepatic", "thyroid", "breast", "brain", "head", "neck",
          "spinal", "cardiac", "adrenal", "pancreatic", "contrast");

  /** How each specific procedure's alternatives start ("ct" also opens "ctpa" and "ctc"). */
  static final List<String> PROCEDURES =
      List.of(
          "pet", "fdg", "ct", "hrct", "eus", "endoscop", "computed tomography", "cat scan", "mr",
          "magnetic resonance", "echo", "transvaginal ultraso", "tvs", "tvus", "ultraso",
          "sonograph", "doppler", "us", "mammo", "cxr", "chest", "axr", "x", "radiograph",
          "plain film", "barium ", "contrast ", "fluoroscop", "bone scan", "isotope ",
          "scintigra", "spect", "mibg", "octreotide", "dmsa", "mag3", "nuclear medicine",
          "biops", "tissue ", "fna", "fine needle aspiration", "colonoscop", "ogd", "gastroscop",
          "bronchoscop", "cystoscop", "mdt", "multi", "tumo", "refer", "specialist opinion",
          "surgical opinion", "clinical ", "clinic review", "review in clinic", "gp review",
          "recall", "inflammatory marker", "crp", "psa", "ca", "cea", "afp", "lft",
          "liver function test", "blood");

  /**
   * "(fracture|outpatient|\w+) clinic" can open with any word; it needs " clinic" (one space,
   * as written in the pattern) somewhere in the clause.
   */
  static final String ANY_WORD_CLINIC = " clinic";

  /** The openings by their first character (all are lower-case ASCII). */
  private static final String[][] BY_FIRST = byFirst();

  private ProcedureOpenings() {}

  /**
   * False when {@code lower} (stripped, lower-case) starts with no lead-in word and no procedure:
   * then {@code Procedures.leads} cannot be true.
   */
  static boolean mayOpen(String lower) {
    if (lower.isEmpty()) {
      return false;
    }
    char c = lower.charAt(0);
    if (c < BY_FIRST.length && BY_FIRST[c] != null) {
      for (String opening : BY_FIRST[c]) {
        if (opens(lower, opening)) {
          return true;
        }
      }
    }
    return lower.contains(ANY_WORD_CLINIC);
  }

  private static boolean opens(String lower, String opening) {
    int last = opening.length() - 1;
    if (opening.charAt(last) != ' ') {
      return lower.startsWith(opening);
    }
    return lower.length() > last && lower.startsWith(opening.substring(0, last))
        && isSpace(lower.charAt(last));
  }

  /** What the patterns' "\s" matches. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static String[][] byFirst() {
    List<List<String>> lists = new ArrayList<>();
    for (int c = 0; c < 128; c++) {
      lists.add(new ArrayList<>());
    }
    for (List<String> openings : List.of(LEAD_INS, PROCEDURES)) {
      openings.forEach(o -> lists.get(o.charAt(0)).add(o));
    }
    String[][] out = new String[128][];
    for (int c = 0; c < 128; c++) {
      out[c] = lists.get(c).isEmpty() ? null : lists.get(c).toArray(String[]::new);
    }
    return out;
  }
}
