package org.vigil.findings.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trie over normalised tokens, compiled once from phrases and then scanned leftmost-longest
 * over any token range. A "..." in a phrase matches a gap of up to {@value #MAX_GAP} word tokens.
 * Case-sensitive phrases (abbreviations) match the raw token. Scanning costs the text length
 * times the depth of the deepest phrase, independent of the number of phrases.
 */
public final class PhraseTrie<V> {

  public static final String GAP = "...";
  static final int MAX_GAP = 3;
  /**
   * Words a gap never skips: a negation or a contrast between the two halves of a phrase
   * ("free fluid but no free gas", "appendix is not inflamed") changes what the phrase says.
   */
  private static final Set<String> GAP_BARRIERS =
      Set.of("no", "not", "without", "nor", "neither", "but", "however", "nil",
          "never", "cannot", "although", "whereas", "except", "or");

  private final Node<V> root = new Node<>();

  /** Receives each match: tokens [start, end) and the values of the phrases that matched. */
  public interface Sink<V> {
    void accept(int start, int end, List<V> values);
  }

  /**
   * Judges each match: true when it stands and consumes its tokens; false when it does not
   * apply here (a regional word outside its region), so a later phrase may still use its words.
   */
  public interface Judge<V> {
    boolean stands(int start, int end, List<V> values);
  }

  /** Adds a phrase (normalised, case-insensitive) with its value. */
  public void add(String phrase, V value) {
    add(phrase, value, false);
  }

  /** Adds a phrase matched exactly as written (abbreviations such as "PE"). */
  public void addCaseSensitive(String phrase, V value) {
    add(phrase, value, true);
  }

  private void add(String phrase, V value, boolean caseSensitive) {
    Node<V> node = root;
    boolean any = false;
    for (String part : phrase.trim().split("\\s+")) {
      if (part.equals(GAP)) {
        if (!any) {
          throw new IllegalArgumentException("a phrase cannot start with '...': " + phrase);
        }
        node = node.gapChild();
        continue;
      }
      Tokens tokens = Tokenizer.tokenize(part);
      for (int i = 0; i < tokens.size(); i++) {
        node = caseSensitive ? node.rawChild(tokens.raw(i)) : node.child(tokens.norm(i));
        any = true;
      }
    }
    if (!any || node.isGap) {
      throw new IllegalArgumentException("not a usable phrase: '" + phrase + "'");
    }
    if (!node.values.contains(value)) {
      node.values.add(value);
    }
  }

  /** Scans tokens [from, to) leftmost-longest; matches do not overlap. */
  public void scan(Tokens tokens, int from, int to, Sink<V> sink) {
    scanJudged(tokens, from, to, (start, end, values) -> {
      sink.accept(start, end, values);
      return true;
    });
  }

  /** As {@link #scan(Tokens, int, int, Sink)}; a match the judge refuses consumes one token. */
  public void scanJudged(Tokens tokens, int from, int to, Judge<V> judge) {
    Search<V> search = new Search<>(tokens, to);
    int pos = from;
    while (pos < to) {
      search.reset();
      search.walk(root, pos);
      boolean stands = search.bestEnd > pos && judge.stands(pos, search.bestEnd, search.bestValues);
      pos = stands ? search.bestEnd : pos + 1;
    }
  }

  /** All matches in [from, to) as a list (convenience for tests and small ranges). */
  public List<Match<V>> matches(Tokens tokens, int from, int to) {
    List<Match<V>> out = new ArrayList<>();
    scan(tokens, from, to, (s, e, v) -> out.add(new Match<>(s, e, List.copyOf(v))));
    return out;
  }

  public record Match<V>(int start, int end, List<V> values) {}

  private static final class Search<V> {
    private final Tokens tokens;
    private final int to;
    int bestEnd;
    List<V> bestValues;

    Search(Tokens tokens, int to) {
      this.tokens = tokens;
      this.to = to;
    }

    void reset() {
      bestEnd = -1;
      bestValues = null;
    }

    void walk(Node<V> node, int i) {
      if (!node.values.isEmpty() && i > bestEnd) {
        bestEnd = i;
        bestValues = node.values;
      } else if (!node.values.isEmpty() && i == bestEnd && !bestValues.containsAll(node.values)) {
        // A gap phrase and an exact one of the same length ("free ... gas", "free mediastinal
        // gas") both match: keep the values of both, so the exact one's exclusion still applies.
        List<V> both = new ArrayList<>(bestValues);
        node.values.stream().filter(v -> !both.contains(v)).forEach(both::add);
        bestValues = both;
      }
      if (node.gap != null) {
        for (int skip = 0; skip <= MAX_GAP && i + skip < to; skip++) {
          if (skip > 0 && (!tokens.isWord(i + skip - 1) && tokens.kind(i + skip - 1) != Tokens.NUMBER
              || GAP_BARRIERS.contains(tokens.norm(i + skip - 1)))) {
            break;
          }
          step(node.gap, i + skip);
        }
      }
      step(node, i);
    }

    private void step(Node<V> node, int i) {
      if (i >= to) {
        return;
      }
      if (node.children != null) {
        Node<V> next = node.children.get(tokens.norm(i));
        if (next != null) {
          walk(next, i + 1);
        }
      }
      if (node.rawChildren != null) {
        List<RawEdge<V>> edges = node.rawChildren.get(tokens.norm(i));
        if (edges != null) {
          for (RawEdge<V> edge : edges) {
            if (tokens.rawEquals(i, edge.raw())) {
              walk(edge.node(), i + 1);
            }
          }
        }
      }
    }
  }

  private record RawEdge<V>(String raw, Node<V> node) {}

  private static final class Node<V> {
    Map<String, Node<V>> children;
    /** Case-sensitive edges, looked up by the normalised token then checked against the raw. */
    Map<String, List<RawEdge<V>>> rawChildren;
    Node<V> gap;
    boolean isGap;
    final List<V> values = new ArrayList<>(1);

    Node<V> child(String key) {
      if (children == null) {
        children = new HashMap<>();
      }
      return children.computeIfAbsent(key, k -> new Node<>());
    }

    Node<V> rawChild(String raw) {
      if (rawChildren == null) {
        rawChildren = new HashMap<>();
      }
      List<RawEdge<V>> edges =
          rawChildren.computeIfAbsent(Normaliser.word(raw), k -> new ArrayList<>(1));
      for (RawEdge<V> edge : edges) {
        if (edge.raw().equals(raw)) {
          return edge.node();
        }
      }
      RawEdge<V> edge = new RawEdge<>(raw, new Node<>());
      edges.add(edge);
      return edge.node();
    }

    Node<V> gapChild() {
      if (gap == null) {
        gap = new Node<>();
        gap.isGap = true;
      }
      return gap;
    }
  }
}
