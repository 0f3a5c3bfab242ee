package org.vigil.demo.content;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * One abnormal finding written into a report: the sentences for the findings and conclusion
 * sections, the clinical question that usually goes with it, and the knowledge-base concept id.
 */
record Abnormality(
    Significance significance,
    String concept,
    String clinicalDetails,
    List<String> findings,
    List<String> conclusion) {

  /** A way to write one kind of abnormality for some examination families. */
  record Template(Significance significance, Set<ExamKind> kinds,
      Function<Context, Abnormality> writer) {

    boolean fits(ExamKind kind) {
      return kinds.contains(kind);
    }
  }

  /** What a template may draw on: the random source and the examination. */
  record Context(Random random, Procedure procedure, boolean female) {

    int between(int low, int high) {
      return low + random.nextInt(high - low + 1);
    }

    /** A decimal between low and high with one decimal place, e.g. "4.3". */
    String decimal(double low, double high) {
      return String.format(java.util.Locale.UK, "%.1f", low + random.nextDouble() * (high - low));
    }

    String side() {
      return random.nextBoolean() ? "right" : "left";
    }

    <T> T oneOf(List<T> options) {
      return options.get(random.nextInt(options.size()));
    }
  }
}
