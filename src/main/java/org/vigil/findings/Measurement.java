package org.vigil.findings;

import java.util.List;

/**
 * A size in the text ("12 mm", "1.2 cm", "3.5 x 2.1 cm", "5-6 mm"), normalised to millimetres.
 * For a range the largest value counts; {@code start}/{@code end} are offsets in the report text.
 */
public record Measurement(String text, int start, int end, List<Double> dimensionsMm) {

  public Measurement {
    dimensionsMm = List.copyOf(dimensionsMm);
  }

  /** The largest dimension in millimetres. */
  public double largestMm() {
    return dimensionsMm.stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }
}
