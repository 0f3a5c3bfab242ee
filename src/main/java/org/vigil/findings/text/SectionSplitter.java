package org.vigil.findings.text;

import java.util.ArrayList;
import java.util.List;
import org.vigil.findings.SectionKind;

/**
 * Finds the sections of a report: text before any heading is BODY; each known heading starts a
 * section that runs to the next (an indication, technique or comparison ends at a blank line). Headings are looked for at line starts and, for reports
 * flattened onto one line, after the end of a sentence ("... normal. IMPRESSION: ...").
 */
final class SectionSplitter {

  /** A section's own text (heading excluded) as a character span. */
  record Section(SectionKind kind, int start, int end) {}

  private SectionSplitter() {}

  static List<Section> split(String text) {
    List<Section> sections = new ArrayList<>();
    SectionKind kind = SectionKind.BODY;
    int start = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int lineEnd = i;
      while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      int p = i;
      if (skipBlank(text, i, lineEnd) == lineEnd && isPreamble(kind)) {
        sections.add(new Section(kind, start, i));
        kind = SectionKind.BODY;
        start = i;
      }
      boolean lineStart = true;
      while (p < lineEnd) {
        p = skipBlank(text, p, lineEnd);
        Headings.Heading h = p < lineEnd ? Headings.at(text, p, lineEnd, lineStart) : null;
        if (h != null) {
          sections.add(new Section(kind, start, h.start()));
          kind = h.kind();
          start = h.contentStart();
        }
        p = nextSentenceStart(text, h != null ? h.contentStart() : p, lineEnd);
        lineStart = false;
      }
      i = lineEnd + 1;
    }
    sections.add(new Section(kind, start, n));
    return sections;
  }

  /**
   * The question, technique and comparison are one paragraph: unheaded text after a blank line is
   * the report itself, and reading it as the question would hide its findings.
   */
  private static boolean isPreamble(SectionKind kind) {
    return kind == SectionKind.INDICATION || kind == SectionKind.HISTORY
        || kind == SectionKind.TECHNIQUE
        || kind == SectionKind.COMPARISON;
  }

  /** The position after the next ". " in the line, where a flattened heading could start. */
  private static int nextSentenceStart(String text, int from, int lineEnd) {
    for (int k = from; k + 1 < lineEnd; k++) {
      char c = text.charAt(k);
      if ((c == '.' || c == '!') && text.charAt(k + 1) == ' ') {
        return k + 1;
      }
    }
    return lineEnd;
  }

  private static int skipBlank(String text, int p, int end) {
    while (p < end && Character.isWhitespace(text.charAt(p))) {
      p++;
    }
    return p;
  }
}
