package org.vigil.analysis.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vigil.findings.Finding;

/**
 * Report text cut into plain and highlighted pieces so a page can show each finding in place.
 * Pieces are rendered with th:text, so the untrusted text stays escaped.
 */
record Highlighted(List<Piece> pieces) {

  /** A piece of text; {@code finding} is the index of the finding it shows, or -1. */
  record Piece(String text, int finding, String css) {}

  static Highlighted of(String text, List<Finding> findings) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> findings.get(i).start()));
    List<Piece> pieces = new ArrayList<>();
    int at = 0;
    for (int i : order) {
      Finding f = findings.get(i);
      if (f.start() < at || f.end() > text.length() || f.start() >= f.end()) {
        continue; // overlapping or out of range: listed in the table, not highlighted twice
      }
      if (f.start() > at) {
        pieces.add(new Piece(text.substring(at, f.start()), -1, ""));
      }
      pieces.add(new Piece(text.substring(f.start(), f.end()), i, css(f)));
      at = f.end();
    }
    if (at < text.length()) {
      pieces.add(new Piece(text.substring(at), -1, ""));
    }
    return new Highlighted(pieces);
  }

  static String css(Finding f) {
    if (!f.isAffirmed()) {
      return "finding finding-ruled-out";
    }
    return "finding finding-" + f.category().name().toLowerCase();
  }
}
