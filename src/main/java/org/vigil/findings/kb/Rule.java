package org.vigil.findings.kb;

import java.util.List;
import org.vigil.findings.AlertCategory;

/**
 * A category rule of a concept: all its conditions must hold. {@code any}: one of these phrases
 * in the mention's clause, not negated; {@code minMm}/{@code maxMm}: the largest measurement
 * attached to the mention is at least / at most this many millimetres (null: no bound).
 */
public record Rule(AlertCategory category, List<String> any, Double minMm, Double maxMm, String source) {

  public Rule {
    any = List.copyOf(any);
  }

  public boolean needsSize() {
    return minMm != null || maxMm != null;
  }

  /** True when {@code largestMm} (NaN when nothing was measured) is within the size bounds. */
  public boolean sizeHolds(double largestMm) {
    if (!needsSize()) {
      return true;
    }
    if (Double.isNaN(largestMm)) {
      return false;
    }
    return (minMm == null || largestMm >= minMm) && (maxMm == null || largestMm <= maxMm);
  }
}
