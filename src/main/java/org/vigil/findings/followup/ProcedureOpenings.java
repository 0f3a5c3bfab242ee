package org.vigil.findings.followup;

import static org.vigil.findings.followup.PatternChars.isSpace;
import static org.vigil.findings.followup.PatternChars.isWordChar;

import java.util.ArrayList;
import java.util.List;

/**
 * How a clause that opens with a procedure can start: lead-in words ("repeat", "the", "renal")
 * and then a procedure word ("CT", "ultrasound", "referral"). Nearly every clause of a report
 * starts otherwise, and checking these openings is much cheaper than the two patterns {@link
 * Procedures#leads} runs. {@code ProcedureOpeningsTest} holds the openings to every alternative
 * of both patterns.
 */
final class ProcedureOpenings {

  /** Every alternative of {@code Procedures.LEAD_IN}, each followed by whitespace there. */
  static final List<String> LEAD_INS =
      List.of(
          "a", "an", "the", "repeat", "further", "follow-up", "follow up", "followup", "urgent",
          "interval", "dedicated", "non-urgent", "nonurgent", "early", "outpatient", "formal",
          "renal", "pelvic", "abdominal", "chest", "thoracic", "liver", "hepatic", "thyroid",
          "breast", "brain", "head", "neck", "spinal", "cardiac", "adrenal", "pancreatic",
          "contrast-enhanced", "contrast");

  /**
   * How each specific procedure's alternatives start ("ct" also opens "ctpa" and "ctc"). An
   * opening ending in a space takes any whitespace there, more than the pattern's one space.
   */
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

  /** "(fracture|outpatient|\w+) clinic": any word, then this (one space, as in the pattern). */
  static final String ANY_WORD_CLINIC = " clinic";

  private static final String[][] LEAD_INS_BY_FIRST = byFirst(LEAD_INS);
  private static final String[][] PROCEDURES_BY_FIRST = byFirst(PROCEDURES);

  private ProcedureOpenings() {}

  /**
   * False when {@code lower} (stripped, lower-case) cannot open with a procedure: no procedure
   * starts it, nor follows the lead-in words it starts with. Then {@code Procedures.leads} is
   * false.
   */
  static boolean mayOpen(String lower) {
    return mayOpenAt(lower, 0);
  }

  /**
   * False when no specific procedure can start at {@code i} of {@code lower} (lower-case): every
   * one opens with one of {@link #PROCEDURES}, or is a word and {@link #ANY_WORD_CLINIC}, and
   * starts a word (its pattern opens with "\b" and an ASCII letter).
   */
  static boolean mayStartAt(String lower, int i) {
    return (i == 0 || !isWordChar(lower.charAt(i - 1)))
        && (startsAny(lower, i, PROCEDURES_BY_FIRST) || wordThenClinic(lower, i));
  }

  /** A procedure at {@code i}, or after a lead-in word and whitespace there. */
  private static boolean mayOpenAt(String lower, int i) {
    if (mayStartAt(lower, i)) {
      return true;
    }
    for (String word : candidates(lower, i, LEAD_INS_BY_FIRST)) {
      int end = i + word.length();
      if (lower.startsWith(word, i) && end < lower.length() && isSpace(lower.charAt(end))) {
        int next = end;
        while (next < lower.length() && isSpace(lower.charAt(next))) {
          next++;
        }
        if (mayOpenAt(lower, next)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean startsAny(String lower, int i, String[][] byFirst) {
    for (String opening : candidates(lower, i, byFirst)) {
      int last = i + opening.length() - 1;
      boolean opens =
          opening.endsWith(" ")
              ? lower.length() > last
                  && lower.regionMatches(i, opening, 0, opening.length() - 1)
                  && isSpace(lower.charAt(last))
              : lower.startsWith(opening, i);
      if (opens) {
        return true;
      }
    }
    return false;
  }

  /** "\w+ clinic" and a word boundary (no word character) after it. */
  private static boolean wordThenClinic(String lower, int i) {
    int j = i;
    while (j < lower.length() && isWordChar(lower.charAt(j))) {
      j++;
    }
    int end = j + ANY_WORD_CLINIC.length();
    return j > i && lower.startsWith(ANY_WORD_CLINIC, j)
        && (end == lower.length() || !isWordChar(lower.charAt(end)));
  }

  private static final String[] NONE = {};

  /** The openings whose first character is the one at {@code i}. */
  private static String[] candidates(String lower, int i, String[][] byFirst) {
    if (i >= lower.length()) {
      return NONE;
    }
    char c = lower.charAt(i);
    return c < byFirst.length && byFirst[c] != null ? byFirst[c] : NONE;
  }

  /** The openings by their first character (all are lower-case ASCII). */
  private static String[][] byFirst(List<String> openings) {
    List<List<String>> lists = new ArrayList<>();
    for (int c = 0; c < 128; c++) {
      lists.add(new ArrayList<>());
    }
    openings.forEach(o -> lists.get(o.charAt(0)).add(o));
    String[][] out = new String[128][];
    for (int c = 0; c < 128; c++) {
      out[c] = lists.get(c).isEmpty() ? null : lists.get(c).toArray(String[]::new);
    }
    return out;
  }
}
