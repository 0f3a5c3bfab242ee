package org.vigil.findings.eval;

import java.util.Objects;

/**
 * A labelled follow-up recommendation: {@code sentence} is a verbatim substring of the
 * recommendation sentence; days are null when the report states no interval.
 */
public record ExpectedFollowUp(
    String sentence, Integer minDays, Integer maxDays, boolean conditional, boolean actionable) {

  public boolean hasInterval() {
    return minDays != null || maxDays != null;
  }

  /** Same interval: min and max days equal, both null counting as equal. */
  public boolean sameInterval(Integer otherMin, Integer otherMax) {
    return Objects.equals(minDays, otherMin) && Objects.equals(maxDays, otherMax);
  }
}
