package org.vigil.findings.eval;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.vigil.findings.AlertCategory;

/** Prints an {@link EvaluationSummary} as plain text tables a developer can read. */
final class SummaryPrinter {

  private static final String ROW = "%-32s %6s %6s %6s %7s %5s %5s %5s%n";
  private final PrintStream out;

  SummaryPrinter(PrintStream out) {
    this.out = out;
  }

  void print(EvaluationSummary s) {
    out.printf("Findings evaluation: %d reports, %d sentences, %d engine failures%n%n",
        s.reports(), s.sentences(), s.engineFailures());
    out.println("(a) Findings per concept (affirmed mentions, per report)");
    header("concept");
    new TreeMap<>(s.concepts()).forEach(this::row);
    row("ALL (micro)", s.findings());
    row("negated mentions (reports)", s.reportNegation());
    if (!s.unscored().isEmpty()) {
      out.println("not scored (concepts the corpus never labels; reports): " + new TreeMap<>(s.unscored()));
    }
    out.println();
    printCategories(s);
    out.println("(c) Assertion modifiers (sentences.jsonl, assess)");
    header("modifier");
    SentenceScores.MODIFIERS.forEach(m -> row(m, s.modifier(m)));
    out.println();
    printFollowUps(s.followUps());
    printErrors(s);
  }

  private void printCategories(EvaluationSummary s) {
    CategoryConfusion c = s.categories();
    out.println("(b) Report category: rows expected, columns predicted");
    out.printf("%-12s", "");
    for (AlertCategory p : AlertCategory.values()) {
      out.printf("%12s", p);
    }
    out.println();
    for (AlertCategory e : AlertCategory.values()) {
      out.printf("%-12s", e);
      for (AlertCategory p : AlertCategory.values()) {
        out.printf("%12d", c.count(e, p));
      }
      out.println();
    }
    out.printf("agreement %d/%d (%s); under-called (less urgent than expected): %d%n",
        c.agreeing(), c.total(), fmt(c.total() == 0 ? 0 : (double) c.agreeing() / c.total()),
        c.underCalled());
    header("CRITICAL");
    row("critical concepts (mentions)", s.criticalMentions());
    row("CRITICAL reports", s.criticalReports());
    out.println("(R is sensitivity)");
    out.println();
  }

  private void printFollowUps(FollowUpSummary f) {
    out.println("(d) Follow-up recommendations stated in reports");
    header("measure");
    row("follow-up sentences", f.sentences());
    row("actionable follow-up sentences", f.actionableSentences());
    row("intervals", f.intervals());
    out.printf("matched %d: interval accuracy %s, conditional %s, actionable %s%n%n",
        f.matched(), fmt(f.intervalAccuracy()), fmt(f.conditionalAccuracy()),
        fmt(f.actionableAccuracy()));
  }

  private void printErrors(EvaluationSummary s) {
    out.printf("(e) Errors (%d)%n", s.errors().size());
    for (EvaluationError e : s.errors()) {
      out.printf("%-10s %-22s expected: %s | got: %s%n", e.id(), e.kind(), e.expected(), e.got());
    }
  }

  private void header(String first) {
    out.printf(ROW, first, "P", "R", "F1", "support", "tp", "fp", "fn");
  }

  private void row(String name, Counts c) {
    out.printf(ROW, name, fmt(c.precision()), fmt(c.recall()), fmt(c.f1()), c.support(), c.tp(),
        c.fp(), c.fn());
  }

  private void row(Map.Entry<String, Counts> e) {
    row(e.getKey(), e.getValue());
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
