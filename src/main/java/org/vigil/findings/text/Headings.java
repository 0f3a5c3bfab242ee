package org.vigil.findings.text;

import java.util.HashMap;
import java.util.Map;
import org.vigil.findings.SectionKind;

/**
 * Known section headings, UK and US, in any case: "CLINICAL DETAILS:", "Indication", "Findings",
 * "IMPRESSION", "Conclusion: ...", "Recommendations", "Addendum". A heading is a known phrase
 * followed by a colon, or alone on its line, or (in upper case) followed by the section's text.
 */
final class Headings {

  private static final int MAX_HEADING_CHARS = 48;
  private static final Map<String, SectionKind> PHRASES = new HashMap<>();

  static {
    put(SectionKind.INDICATION, "clinical details", "clinical detail", "clinical history",
        "clinical information", "clinical info", "clinical indication", "clinical indications",
        "clinical question", "clinical notes", "clinical data", "clinical", "indication",
        "indications", "history", "patient history", "reason for exam", "reason for examination",
        "reason for study", "reason for request", "reason for referral", "reason for scan",
        "reason", "referral details", "request details", "clinical details and question",
        "presenting complaint", "hx", "question");
    put(SectionKind.HISTORY, "past medical history", "past history", "pmh", "medical history",
        "previous medical history", "relevant history", "relevant past history",
        "relevant medical history", "past surgical history", "surgical history",
        "previous history", "psh");
    put(SectionKind.TECHNIQUE, "technique", "techniques", "protocol", "procedure", "method",
        "methods", "examination", "exam", "study", "scan", "procedure details", "contrast");
    put(SectionKind.COMPARISON, "comparison", "comparisons", "comparison studies", "prior studies",
        "prior study", "previous studies", "previous study", "previous imaging", "prior imaging",
        "priors", "compared with", "compared to");
    put(SectionKind.FINDINGS, "findings", "finding", "report", "description", "results",
        "observations", "report text", "radiology report", "findings and impression",
        "findings and conclusion");
    put(SectionKind.IMPRESSION, "impression", "impressions", "conclusion", "conclusions",
        "summary", "opinion", "comment", "comments", "diagnosis", "interpretation",
        "final impression", "impression and recommendations", "summary and recommendations",
        "conclusion and recommendations", "impression and plan", "overall impression",
        "summary of findings");
    put(SectionKind.RECOMMENDATION, "recommendation", "recommendations", "advice", "suggestion",
        "suggestions", "plan", "follow up", "followup", "recommended follow up", "action");
    put(SectionKind.ADDENDUM, "addendum", "addenda", "addendum report", "supplementary report",
        "addendum to report");
  }

  private Headings() {}

  private static void put(SectionKind kind, String... phrases) {
    for (String phrase : phrases) {
      PHRASES.put(key(phrase, 0, phrase.length()), kind);
    }
  }

  /** A heading found at a position: its kind and where the section's own text begins. */
  record Heading(SectionKind kind, int start, int contentStart) {}

  /** The heading starting at {@code p} (at a line start or after a sentence), or null. */
  static Heading at(String text, int p, int lineEnd, boolean lineStart) {
    int q = p;
    int limit = Math.min(lineEnd, p + MAX_HEADING_CHARS);
    while (q < limit && isHeadingChar(text.charAt(q))) {
      q++;
    }
    int labelEnd = trimEnd(text, p, q);
    if (labelEnd <= p) {
      return null;
    }
    if (q < lineEnd && text.charAt(q) == ':') {
      SectionKind kind = lookup(text, p, labelEnd);
      return kind == null ? null : new Heading(kind, p, q + 1);
    }
    if (lineStart && trimEnd(text, q, lineEnd) == q) {
      int end = labelEnd;
      while (end > p && text.charAt(end - 1) == '.') {
        end--;
      }
      SectionKind kind = lookup(text, p, end);
      return kind == null ? null : new Heading(kind, p, lineEnd);
    }
    // mid-line, only "HEADING:" counts: an all-capitals report would otherwise open sections
    return lineStart ? upperCaseRun(text, p, labelEnd) : null;
  }

  /** "IMPRESSION Normal chest": the longest known heading made of the leading capital words. */
  private static Heading upperCaseRun(String text, int p, int end) {
    int q = p;
    int best = -1;
    SectionKind bestKind = null;
    while (q < end) {
      int wordEnd = q;
      while (wordEnd < end && Character.isLetter(text.charAt(wordEnd))) {
        if (!Character.isUpperCase(text.charAt(wordEnd))) {
          return bestKind == null ? null : new Heading(bestKind, p, best);
        }
        wordEnd++;
      }
      if (wordEnd - p >= 3) {
        SectionKind kind = lookup(text, p, wordEnd);
        if (kind != null && wordEnd < end) {
          best = wordEnd;
          bestKind = kind;
        }
      }
      q = wordEnd;
      while (q < end && !Character.isLetter(text.charAt(q))) {
        q++;
      }
      if (q > wordEnd && text.charAt(wordEnd) != ' ') {
        break;
      }
    }
    return bestKind == null ? null : new Heading(bestKind, p, best);
  }

  private static SectionKind lookup(String text, int from, int to) {
    return PHRASES.get(key(text, from, to));
  }

  private static String key(String text, int from, int to) {
    Tokens tokens = Tokenizer.tokenize(text.substring(from, to));
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.isPunct(i)) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(tokens.norm(i));
    }
    return b.toString();
  }

  private static boolean isHeadingChar(char c) {
    return Character.isLetter(c) || c == ' ' || c == '\t' || c == '/' || c == '&' || c == '-';
  }

  private static int trimEnd(String text, int from, int to) {
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }
}
