package org.vigil.findings.eval;

import org.vigil.findings.AlertCategory;

/** Report-level confusion matrix: rows are the expected category, columns the predicted one. */
public final class CategoryConfusion {

  private static final AlertCategory[] CATEGORIES = AlertCategory.values();
  private final int[][] cells = new int[CATEGORIES.length][CATEGORIES.length];

  void add(AlertCategory expected, AlertCategory predicted) {
    cells[expected.ordinal()][predicted.ordinal()]++;
  }

  public int count(AlertCategory expected, AlertCategory predicted) {
    return cells[expected.ordinal()][predicted.ordinal()];
  }

  /** Reports whose predicted category equals the expected one. */
  public int agreeing() {
    int sum = 0;
    for (AlertCategory c : CATEGORIES) {
      sum += count(c, c);
    }
    return sum;
  }

  public int total() {
    int sum = 0;
    for (int[] row : cells) {
      for (int cell : row) {
        sum += cell;
      }
    }
    return sum;
  }

  /** One category against all others: sensitivity and precision of "this category". */
  public Counts counts(AlertCategory category) {
    int tp = count(category, category);
    int fp = 0;
    int fn = 0;
    for (AlertCategory other : CATEGORIES) {
      if (other != category) {
        fp += count(other, category);
        fn += count(category, other);
      }
    }
    return new Counts(tp, fp, fn);
  }

  /**
   * Reports whose alert was under-called: expected a more urgent category than predicted. These
   * are the dangerous errors.
   */
  public int underCalled() {
    int sum = 0;
    for (AlertCategory e : CATEGORIES) {
      for (AlertCategory p : CATEGORIES) {
        if (e.outranks(p)) {
          sum += count(e, p);
        }
      }
    }
    return sum;
  }
}
