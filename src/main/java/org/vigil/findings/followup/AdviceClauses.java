package org.vigil.findings.followup;

import static org.vigil.findings.followup.PatternChars.isSpace;
import static org.vigil.findings.followup.PatternChars.isWordChar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a sentence into the clauses where advice can change ("..., but no follow-up needed"): at
 * ";", ". ", a contrast ("but", "however", "although", "whereas"), ", no"/", not" and "and"
 * before a second action ("and referral"). {@link #BREAK} says where; for plain ASCII text (nearly
 * every report) a one-pass scan finds the same breaks without running the pattern at every
 * character.
 */
final class AdviceClauses {

  static final String AND_ACTION =
      "\\s+and\\s+(?=(?:a |an |the )?(?:referral|refer|clinical review|mdt|discussion|biopsy)\\b)";
  static final Pattern BREAK =
      Pattern.compile(
          ";|\\.\\s+|,?\\s+(?:but|however|although|whereas)\\s+|,\\s+(?=(?:no|not|nothing)\\b)|"
              + AND_ACTION);

  private static final String[] CONTRASTS = {"but", "however", "although", "whereas"};
  private static final String[] DENIALS = {"no", "not", "nothing"};
  private static final String[] ARTICLES = {"a ", "an ", "the ", ""};
  private static final String[] ACTIONS = {
    "referral", "refer", "clinical review", "mdt", "discussion", "biopsy"
  };

  private AdviceClauses() {}

  /** The non-blank clauses of {@code sentence}, trimmed, in order. */
  static List<String> of(String sentence) {
    List<String> clauses = new ArrayList<>();
    if (!ascii(sentence)) { // \\b and case rules beyond ASCII: let the pattern decide
      for (String part : BREAK.split(sentence)) {
        add(clauses, part);
      }
      return clauses;
    }
    int from = 0;
    int i = 0;
    while (i < sentence.length()) {
      int end = breakAt(sentence, i);
      if (end > i) {
        add(clauses, sentence.substring(from, i));
        from = end;
        i = end;
      } else if (isSpace(sentence.charAt(i))) {
        i = afterSpaces(sentence, i); // what fails at a run's first space fails at the others
      } else {
        i++;
      }
    }
    add(clauses, sentence.substring(from));
    return clauses;
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static void add(List<String> clauses, String part) {
    if (!part.isBlank()) {
      clauses.add(part.trim());
    }
  }

  /** The end of the break {@link #BREAK} matches at {@code i} (alternatives in order), or -1. */
  private static int breakAt(String s, int i) {
    char c = s.charAt(i);
    if (c == ';') {
      return i + 1;
    }
    if (c == '.') {
      return afterSpaces(s, i + 1);
    }
    if (c != ',' && !isSpace(c)) {
      return -1; // the other breaks open with a comma or a space
    }
    int contrast = contrastAt(s, c == ',' ? i + 1 : i);
    if (contrast > 0) {
      return contrast;
    }
    if (c == ',') {
      int next = afterSpaces(s, i + 1);
      return next > 0 && wordAt(s, next, DENIALS) ? next : -1;
    }
    return andActionAt(s, i);
  }

  /** Spaces, then a contrast word, then spaces: ",? but ". */
  private static int contrastAt(String s, int i) {
    int word = afterSpaces(s, i);
    if (word < 0) {
      return -1;
    }
    for (String contrast : CONTRASTS) {
      if (s.startsWith(contrast, word)) {
        return afterSpaces(s, word + contrast.length());
      }
    }
    return -1;
  }

  /** " and " before a second action, with or without an article: "... and referral to ...". */
  private static int andActionAt(String s, int i) {
    int and = afterSpaces(s, i);
    if (and < 0 || !s.startsWith("and", and)) {
      return -1;
    }
    int next = afterSpaces(s, and + 3);
    if (next < 0) {
      return -1;
    }
    for (String article : ARTICLES) {
      if (s.startsWith(article, next) && wordAt(s, next + article.length(), ACTIONS)) {
        return next;
      }
    }
    return -1;
  }

  /** One of {@code words} at {@code i}, ending at a word boundary. */
  private static boolean wordAt(String s, int i, String[] words) {
    for (String word : words) {
      int end = i + word.length();
      if (s.startsWith(word, i) && (end == s.length() || !isWordChar(s.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** The index after one or more whitespace characters ("\\s+") from {@code i}, or -1 if none. */
  private static int afterSpaces(String s, int i) {
    int j = i;
    while (j < s.length() && isSpace(s.charAt(j))) {
      j++;
    }
    return j > i ? j : -1;
  }
}
