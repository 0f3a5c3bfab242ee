package org.vigil.findings.eval.corpus;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.findings.FindingsEngine;
import org.vigil.findings.ReportInput;
import org.vigil.findings.eval.Counts;

/**
 * The {@code evaluate-corpus FILE [--labels FILE] [--show-held-out]} command: runs the engine over
 * a coded collection and prints, for the development part, the held-out part and both, per-concept
 * precision and recall against the collection's codes and the false alerts per 1,000 reports coded
 * normal; then the development part's disagreements to read. The held-out part's disagreements are
 * printed only when asked, so that nobody tunes to them by accident.
 */
public final class CorpusEvaluation {

  static final String USAGE =
      "usage: evaluate-corpus REPORTS.jsonl [--labels LABELS.tsv] [--show-held-out]";

  private CorpusEvaluation() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  public static int run(String[] args, PrintStream out) {
    if (args.length == 0 || args[0].startsWith("-")) {
      out.println(USAGE);
      return 1;
    }
    Path labels = null;
    boolean showHeldOut = false;
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--labels") && i + 1 < args.length) {
        labels = Path.of(args[++i]);
      } else if (args[i].equals("--show-held-out")) {
        showHeldOut = true;
      } else {
        out.println("unknown argument: " + args[i]);
        out.println(USAGE);
        return 1;
      }
    }
    Path file = Path.of(args[0]);
    if (!Files.isReadable(file)) {
      out.println("cannot read " + file);
      return 1;
    }
    FindingsEngine engine = FindingsEngine.withDefaultKnowledgeBase();
    List<CodedReport> reports = CodedReports.read(file);
    Map<Split, CodedScores> scores = evaluate(reports, engine, CodeMapping.loadDefault());
    print(scores, out, showHeldOut);
    if (labels != null) {
      MentionEvaluation.run(labels, reports, engine, out, showHeldOut);
    }
    return 0;
  }

  /** The figures per part of the split. */
  public static Map<Split, CodedScores> evaluate(List<CodedReport> reports, FindingsEngine engine,
      CodeMapping mapping) {
    Map<Split, CodedScores> scores = new EnumMap<>(Split.class);
    for (Split s : Split.values()) {
      scores.put(s, new CodedScores(mapping.measuredConcepts()));
    }
    for (CodedReport report : reports) {
      scores.get(report.split()).add(report,
          engine.analyse(new ReportInput(report.uid(), report.text(), "XR", null)), mapping);
    }
    return scores;
  }

  private static void print(Map<Split, CodedScores> scores, PrintStream out, boolean showHeldOut) {
    for (Split s : Split.values()) {
      CodedScores c = scores.get(s);
      out.printf(Locale.ROOT, "== %s: %d reports, %d coded normal%n", s.label(), c.reports(),
          c.normalReports());
      out.printf(Locale.ROOT, "false alerts on normal reports: %d = %.1f per 1,000 normal"
          + " (categories on normal reports: %s)%n", c.falseAlerts(),
          c.falseAlertsPerThousandNormal(), c.categoriesOnNormal());
      out.println("concept                          support   tp   fp   fn  precision  recall");
      c.concepts().forEach((concept, n) -> out.printf(Locale.ROOT,
          "%-32s %7d %4d %4d %4d %10.2f %7.2f%n", concept, n.support(), n.tp(), n.fp(), n.fn(),
          n.precision(), n.recall()));
      Counts all = c.concepts().values().stream().reduce(Counts.ZERO, Counts::plus);
      out.printf(Locale.ROOT, "%-32s %7d %4d %4d %4d %10.2f %7.2f%n", "(all concepts)",
          all.support(), all.tp(), all.fp(), all.fn(), all.precision(), all.recall());
    }
    for (Split s : Split.values()) {
      if (s == Split.HELD_OUT && !showHeldOut) {
        out.println("== held-out disagreements not shown (--show-held-out)");
        continue;
      }
      out.println("== disagreements, " + s.label());
      for (Disagreement d : scores.get(s).disagreements()) {
        out.println(d.kind() + "\t" + d.uid() + "\t" + d.concept() + "\t" + d.detail());
      }
    }
  }
}
