package org.vigil.findings.text;

import java.util.Arrays;

/**
 * The tokens of a text as parallel arrays (no object per token): offsets into the original text,
 * the raw token and its normalised form (see {@link Normaliser}). Grows as tokens are added.
 */
public final class Tokens {

  public static final byte WORD = 0;
  public static final byte NUMBER = 1;
  public static final byte PUNCT = 2;

  private final String text;
  private int size;
  private int[] starts;
  private int[] ends;
  private byte[] kinds;
  private String[] norms;

  public Tokens(String text) {
    this.text = text;
    int capacity = Math.max(16, text.length() / 5);
    starts = new int[capacity];
    ends = new int[capacity];
    kinds = new byte[capacity];
    norms = new String[capacity];
  }

  void add(int start, int end, byte kind, String norm) {
    if (size == starts.length) {
      int capacity = size * 2;
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      kinds = Arrays.copyOf(kinds, capacity);
      norms = Arrays.copyOf(norms, capacity);
    }
    starts[size] = start;
    ends[size] = end;
    kinds[size] = kind;
    norms[size] = norm;
    size++;
  }

  public String text() {
    return text;
  }

  public int size() {
    return size;
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  public byte kind(int i) {
    return kinds[i];
  }

  public boolean isWord(int i) {
    return kinds[i] == WORD;
  }

  public boolean isPunct(int i) {
    return kinds[i] == PUNCT;
  }

  /** Normalised form: lower case, British/US spelling and simple plurals folded. */
  public String norm(int i) {
    return norms[i];
  }

  /** The token exactly as written (for case-sensitive abbreviations). */
  public String raw(int i) {
    return text.substring(starts[i], ends[i]);
  }

  /** True when the raw token equals {@code s} exactly, without allocating. */
  public boolean rawEquals(int i, String s) {
    int length = ends[i] - starts[i];
    return length == s.length() && text.regionMatches(starts[i], s, 0, length);
  }

  /** The first token that ends after {@code offset} (the token holding it, or the next). */
  public int tokenEndingAfter(int offset) {
    int i = 0;
    while (i < size && ends[i] <= offset) {
      i++;
    }
    return i;
  }

  /** The first token whose start is at or after {@code offset}, in [from, to). */
  public int tokenAtOrAfter(int offset, int from, int to) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
