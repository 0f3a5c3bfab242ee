package org.vigil.findings.eval.corpus;

import java.util.List;
import java.util.Set;

/** One report of a coded collection: its sections and the collection's own codes. */
public record CodedReport(String uid, String indication, String comparison, String findings,
    String impression, List<String> codes) {

  public CodedReport {
    codes = List.copyOf(codes);
  }

  /** The report as a radiologist's text with its headings, as Vigil would receive it. */
  public String text() {
    StringBuilder b = new StringBuilder();
    section(b, "INDICATION", indication);
    section(b, "COMPARISON", comparison);
    section(b, "FINDINGS", findings);
    section(b, "IMPRESSION", impression);
    return b.toString();
  }

  /** Coded as having no finding at all. */
  public boolean isNormal(Set<String> normalCodes) {
    return !codes.isEmpty() && codes.stream().allMatch(normalCodes::contains);
  }

  public Split split() {
    return Split.of(uid);
  }

  private static void section(StringBuilder b, String heading, String body) {
    if (body != null && !body.isBlank()) {
      b.append(heading).append(": ").append(body.strip()).append('\n');
    }
  }
}
