package org.vigil.findings.eval.corpus;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.vigil.findings.FindingsEngine;
import org.vigil.findings.FollowUp;
import org.vigil.findings.ReportInput;

/**
 * Measures the engine's negation, uncertainty, history, hypothesis and follow-up against hand
 * labels of a coded collection's reports, per part of the split.
 */
public final class MentionEvaluation {

  private MentionEvaluation() {}

  static void run(Path labels, List<CodedReport> reports, FindingsEngine engine, PrintStream out,
      boolean showHeldOut) {
    Map<Split, MentionScores> scores = evaluate(MentionLabel.read(labels), reports, engine);
    for (Split s : Split.values()) {
      MentionScores m = scores.get(s);
      out.printf(Locale.ROOT, "== labelled mentions, %s: %d mentions in %d reports%n", s.label(),
          m.mentions(), m.reports());
      out.println("modifier        support   tp   fp   fn  precision  recall     F1");
      m.modifiers().forEach((name, c) -> out.printf(Locale.ROOT,
          "%-15s %7d %4d %4d %4d %10.2f %7.2f %6.2f%n", name, c.support(), c.tp(), c.fp(),
          c.fn(), c.precision(), c.recall(), c.f1()));
      var f = m.followUp();
      out.printf(Locale.ROOT, "%-15s %7d %4d %4d %4d %10.2f %7.2f %6.2f%n", "follow-up (rep.)",
          f.support(), f.tp(), f.fp(), f.fn(), f.precision(), f.recall(), f.f1());
    }
    for (Split s : Split.values()) {
      if (s == Split.HELD_OUT && !showHeldOut) {
        out.println("== held-out label disagreements not shown (--show-held-out)");
        continue;
      }
      out.println("== label disagreements, " + s.label());
      scores.get(s).disagreements().forEach(out::println);
    }
  }

  /** The labels scored against the engine, per part of the split. */
  public static Map<Split, MentionScores> evaluate(List<MentionLabel> labels,
      List<CodedReport> reports, FindingsEngine engine) {
    Map<String, CodedReport> byUid =
        reports.stream().collect(Collectors.toMap(CodedReport::uid, Function.identity()));
    Map<Split, MentionScores> scores = new EnumMap<>(Split.class);
    for (Split s : Split.values()) {
      scores.put(s, new MentionScores());
    }
    for (MentionLabel label : labels) {
      CodedReport report = byUid.get(label.uid());
      if (report == null) {
        throw new IllegalArgumentException("labelled report " + label.uid() + " not in the corpus");
      }
      MentionScores m = scores.get(report.split());
      String text = report.text();
      if (label.isReportRow()) {
        m.addReport(label, engine.analyse(new ReportInput(report.uid(), text, "XR", null))
            .followUps().stream().anyMatch(f -> f.source() == FollowUp.Source.REPORT));
        continue;
      }
      int start = report.offsetInText(label.section(), label.offset());
      int end = start + label.mention().length();
      if (start < 0 || end > text.length()
          || !text.regionMatches(true, start, label.mention(), 0, label.mention().length())) {
        throw new IllegalArgumentException("label " + label + " does not match the report text");
      }
      m.add(label, engine.assessAt(text, start, end), around(text, start, end));
    }
    return scores;
  }

  private static String around(String text, int start, int end) {
    int s = Math.max(0, text.lastIndexOf('.', start - 1) + 1);
    int nl = text.lastIndexOf('\n', start - 1) + 1;
    s = Math.max(s, nl);
    int e = text.indexOf('.', end);
    e = e < 0 ? text.length() : e;
    int nle = text.indexOf('\n', end);
    e = nle >= 0 ? Math.min(e, nle) : e;
    return text.substring(s, start).strip() + " <<" + text.substring(start, end) + ">>"
        + text.substring(end, e);
  }
}
