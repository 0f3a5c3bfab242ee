package org.vigil.analysis.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.vigil.analysis.FalseAlertReason;
import org.vigil.analysis.FalseAlertReport;
import org.vigil.analysis.ReportReading;
import org.vigil.findings.Finding;
import org.vigil.findings.FindingsEngine;
import org.vigil.record.Report;
import org.vigil.record.TimeOrderedIds;

/** Builds the stored false-alert report from what the page showed the clinician. */
final class FalseAlertMarking {

  private FalseAlertMarking() {}

  static FalseAlertReport of(Report report, ReportReading reading, Explained.Item item,
      FalseAlertReason reason, String comment, FindingsEngine engine, String user, Instant at) {
    Finding f = item.finding();
    List<String> lines = new ArrayList<>();
    lines.add("Report " + report.accessionNumber() + " version " + report.sequence()
        + "; reading made by engine " + reading.knowledgeBaseVersion() + ", explained by "
        + engine.knowledgeBaseVersion());
    if (item.explanation() == null) {
      lines.add("Today's engine no longer reads this finding here; stored: " + f.concept() + " "
          + f.category() + " '" + f.trigger() + "' modifiers " + f.modifiers());
    } else {
      Finding e = item.explanation().finding();
      String sentence = report.text().substring(Math.max(0, item.explanation().sentenceStart()),
          Math.min(report.text().length(), item.explanation().sentenceEnd()));
      lines.add("Sentence: " + sentence);
      lines.addAll(item.lines());
      if (item.readDifferently()) {
        lines.add("Stored reading differs: " + f.category() + " (today " + e.category() + ")");
      }
    }
    String trimmed = comment == null || comment.isBlank() ? null : comment.strip();
    return new FalseAlertReport(TimeOrderedIds.next(), report.id(), item.index(),
        new FalseAlertReport.MarkedFinding(f.concept(), f.category().name(), f.trigger()),
        reason, trimmed, reading.knowledgeBaseVersion(), String.join("\n", lines), user, at);
  }
}
