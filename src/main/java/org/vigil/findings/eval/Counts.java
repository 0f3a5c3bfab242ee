package org.vigil.findings.eval;

/**
 * True positives, false positives and false negatives of one measure. With nothing predicted
 * precision is 0 unless nothing was expected either, so an engine that finds nothing never
 * passes a precision floor by default.
 */
public record Counts(int tp, int fp, int fn) {

  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts plus(Counts other) {
    return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
  }

  public Counts plusTp() {
    return new Counts(tp + 1, fp, fn);
  }

  public Counts plusFp() {
    return new Counts(tp, fp + 1, fn);
  }

  public Counts plusFn() {
    return new Counts(tp, fp, fn + 1);
  }

  /** Expected positives: tp + fn. */
  public int support() {
    return tp + fn;
  }

  public double precision() {
    if (tp + fp == 0) {
      return support() == 0 ? 1.0 : 0.0;
    }
    return (double) tp / (tp + fp);
  }

  /** Recall, also called sensitivity. */
  public double recall() {
    return support() == 0 ? 1.0 : (double) tp / support();
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
