package org.vigil.findings.eval.corpus;

import java.util.List;
import java.util.Locale;
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
    for (String name : SECTIONS) {
      String body = body(name);
      if (!body.isBlank()) {
        b.append(name.toUpperCase(Locale.ROOT)).append(": ").append(body.strip()).append('\n');
      }
    }
    return b.toString();
  }

  /**
   * Where the character at {@code offset} of section {@code name} ("indication", "comparison",
   * "findings", "impression") lies in {@link #text()}, or -1 when the section is empty.
   */
  public int offsetInText(String name, int offset) {
    int at = 0;
    for (String s : SECTIONS) {
      String body = body(s);
      if (body.isBlank()) {
        continue;
      }
      int lead = body.length() - body.stripLeading().length();
      at += s.length() + 2;
      if (s.equals(name)) {
        return at + offset - lead;
      }
      at += body.strip().length() + 1;
    }
    return -1;
  }

  private static final List<String> SECTIONS =
      List.of("indication", "comparison", "findings", "impression");

  private String body(String name) {
    String body = switch (name) {
      case "indication" -> indication;
      case "comparison" -> comparison;
      case "findings" -> findings;
      case "impression" -> impression;
      default -> throw new IllegalArgumentException("no section " + name);
    };
    return body == null ? "" : body;
  }

  /** Coded as having no finding at all. */
  public boolean isNormal(Set<String> normalCodes) {
    return !codes.isEmpty() && codes.stream().allMatch(normalCodes::contains);
  }

  public Split split() {
    return Split.of(uid);
  }

}
