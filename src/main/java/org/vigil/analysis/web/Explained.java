package org.vigil.analysis.web;

import java.util.ArrayList;
import java.util.List;
import org.vigil.analysis.ReportReading;
import org.vigil.findings.Finding;
import org.vigil.findings.FindingsEngine;
import org.vigil.findings.MentionExplanation;

/**
 * The stored reading's findings, each with the explanation from re-reading the stored text now.
 * Explanations are not stored (readings would grow several-fold); the page says whether the
 * engine explaining is the one that made the reading, and flags any finding it reads differently.
 */
record Explained(String readingVersion, String engineVersion, List<Item> items) {

  /** One stored finding; {@code explanation} is null when today's engine no longer reads it. */
  record Item(int index, Finding finding, MentionExplanation explanation,
      ExplainedSentence sentence, List<String> lines, boolean readDifferently) {}

  public boolean sameVersion() {
    return readingVersion.equals(engineVersion);
  }

  /** True when any finding is missing from, or read differently by, today's engine. */
  public boolean anyDifference() {
    return items.stream().anyMatch(Item::readDifferently);
  }

  static Explained of(String text, ReportReading reading, FindingsEngine engine) {
    List<MentionExplanation> now = engine.explain(text);
    List<Finding> stored = reading.analysis().findings();
    List<Item> items = new ArrayList<>(stored.size());
    for (int i = 0; i < stored.size(); i++) {
      Finding f = stored.get(i);
      MentionExplanation e = now.stream().filter(x -> samePlace(x.finding(), f)).findFirst()
          .orElse(null);
      items.add(e == null ? new Item(i, f, null, null, List.of(), true)
          : new Item(i, f, e, ExplainedSentence.of(text, e), e.describe(text),
              !sameReading(e.finding(), f)));
    }
    return new Explained(reading.knowledgeBaseVersion(), engine.knowledgeBaseVersion(), items);
  }

  private static boolean samePlace(Finding a, Finding b) {
    return a.concept().equals(b.concept()) && a.start() == b.start() && a.end() == b.end();
  }

  private static boolean sameReading(Finding a, Finding b) {
    return a.category() == b.category() && a.negated() == b.negated()
        && a.uncertain() == b.uncertain() && a.historical() == b.historical()
        && a.hypothetical() == b.hypothetical() && a.experiencer().equals(b.experiencer());
  }
}
