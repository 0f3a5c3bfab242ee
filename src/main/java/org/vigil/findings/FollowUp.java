package org.vigil.findings;

/**
 * A follow-up recommendation: stated in the report ({@code source} REPORT) or derived from a
 * guideline for a finding whose report gives no interval ({@code source} GUIDELINE). Days may be
 * null when no interval is known. {@code finding} is the concept id it follows, if any.
 */
public record FollowUp(
    String procedure,
    String modality,
    String region,
    Integer minDays,
    Integer maxDays,
    boolean conditional,
    boolean actionable,
    Source source,
    String guideline,
    String finding,
    String text,
    int sentence,
    String disagreement) {

  public enum Source {
    REPORT,
    GUIDELINE
  }
}
