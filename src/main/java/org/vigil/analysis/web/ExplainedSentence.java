package org.vigil.analysis.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.vigil.findings.MentionExplanation;
import org.vigil.findings.ScopeTrace;

/**
 * A finding's sentence cut into pieces at every edge of the matched words, each trigger and each
 * scope, each piece carrying the CSS classes of what covers it. Built from offsets only: the
 * untrusted text is rendered with th:text, never turned into markup.
 */
record ExplainedSentence(List<Piece> pieces) {

  /** A run of text; {@code css} the classes of what covers it, {@code title} says it in words. */
  record Piece(String text, String css, String title) {}

  private record Layer(int start, int end, String css, String title) {}

  static ExplainedSentence of(String text, MentionExplanation e) {
    int from = Math.max(0, e.sentenceStart());
    int to = Math.min(text.length(), e.sentenceEnd());
    List<Layer> layers = new ArrayList<>();
    for (ScopeTrace t : e.scopes()) {
      String kind = t.kind();
      if (t.applied()) {
        layers.add(new Layer(t.scopeStart(), t.scopeEnd(), "ex-scope ex-scope-" + kind,
            "scope of '" + t.phrase() + "' (" + kind + ")"));
        layers.add(new Layer(t.triggerStart(), t.triggerEnd(), "ex-trigger ex-" + kind,
            kind + " trigger, applied"));
      } else {
        layers.add(new Layer(t.scopeStart(), t.scopeEnd(), "ex-scope-missed",
            "scope of '" + t.phrase() + "' (" + kind + "), does not reach the finding"));
        layers.add(new Layer(t.triggerStart(), t.triggerEnd(), "ex-trigger-missed",
            kind + " trigger, does not reach the finding"));
      }
    }
    layers.add(new Layer(e.finding().start(), e.finding().end(), "ex-concept",
        "matched words of " + e.finding().name()));
    TreeSet<Integer> edges = new TreeSet<>(List.of(from, to));
    for (Layer l : layers) {
      edges.add(Math.max(from, Math.min(to, l.start())));
      edges.add(Math.max(from, Math.min(to, l.end())));
    }
    List<Piece> pieces = new ArrayList<>();
    Integer previous = null;
    for (int edge : edges) {
      if (previous != null && edge > previous) {
        pieces.add(piece(text, previous, edge, layers));
      }
      previous = edge;
    }
    return new ExplainedSentence(pieces);
  }

  private static Piece piece(String text, int start, int end, List<Layer> layers) {
    StringBuilder css = new StringBuilder();
    StringBuilder title = new StringBuilder();
    for (Layer l : layers) {
      if (l.start() <= start && end <= l.end()) {
        css.append(css.isEmpty() ? "" : " ").append(l.css());
        title.append(title.isEmpty() ? "" : "; ").append(l.title());
      }
    }
    return new Piece(text.substring(start, end), css.toString(), title.toString());
  }
}
