package org.vigil.findings.text;

import java.util.Set;

/**
 * Splits a section into sentences. A sentence ends at ".", "!" or "?" (not after an abbreviation
 * such as "e.g." or "approx.", not inside "1.2", not at "?PE"), at a blank line, before a list
 * item, and at a line break when the next line starts a new statement (line-per-OBX text) rather
 * than continuing a wrapped one.
 */
final class SentenceSplitter {

  /** Receives each sentence as a character span. */
  interface Sink {
    void sentence(int start, int end);
  }

  private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "eg", "ie", "approx",
      "dr", "vs", "cf", "c.f", "fig", "figs", "mr", "mrs", "ms", "st", "prof", "incl", "ca",
      "resp", "ref", "esp", "viz", "al", "sr", "jr", "max", "min", "pt", "pts", "ant", "post",
      "sup", "inf", "lat", "med", "appt", "dept", "yr", "yrs", "wk", "wks", "hr", "hrs",
      "mo", "mos", "nb", "n.b", "a.k.a", "etc", "ext", "int", "img", "ser", "vol", "sec", "seg",
      "mid", "prox", "dist", "l.", "r.");
  private static final Set<String> CONTINUING_WORDS = Set.of("and", "or", "of", "the", "a", "an",
      "with", "in", "to", "for", "at", "on", "by", "from", "is", "are", "was", "were", "be",
      "measuring", "measures", "which", "that", "this", "than", "as", "no", "not", "but", "into",
      "within", "left", "right", "there", "seen", "noted", "also", "possible", "probable", "?");

  private final String text;
  private final Sink sink;
  private int open = -1;

  private SentenceSplitter(String text, Sink sink) {
    this.text = text;
    this.sink = sink;
  }

  static void split(String text, int from, int to, Sink sink) {
    new SentenceSplitter(text, sink).run(from, to);
  }

  private void run(int from, int to) {
    int i = from;
    while (i < to) {
      int lineEnd = i;
      while (lineEnd < to && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      line(skipSpaces(i, lineEnd), Text.trimEnd(text, i, lineEnd));
      i = lineEnd + 1;
    }
    close(to);
  }

  private void line(int start, int end) {
    if (start >= end) {
      close(start);
      return;
    }
    int marker = ListMarkers.end(text, start, end);
    if (open >= 0 && (marker >= 0 || !continues(start))) {
      close(start);
    }
    int p = marker >= 0 ? skipSpaces(marker, end) : start;
    if (open < 0) {
      open = p;
    }
    for (int k = p; k < end; k++) {
      if (endsSentence(k, end)) {
        close(k + 1);
        int next = skipSpaces(k + 1, end);
        int item = ListMarkers.end(text, next, end);
        open = item >= 0 ? skipSpaces(item, end) : next;
        k = open - 1;
      }
    }
    if (open >= end) {
      open = -1;
    }
  }

  /** True when the open sentence carries on at a line starting at {@code start}. */
  private boolean continues(int start) {
    char first = text.charAt(start);
    if (Character.isLowerCase(first)) {
      return true;
    }
    int prevEnd = Text.trimEnd(text, open, start);
    if (prevEnd <= open) {
      return false;
    }
    char last = text.charAt(prevEnd - 1);
    if (last == ',' || last == '-' || last == '(' || last == '/' || last == '&') {
      return true;
    }
    int wordStart = prevEnd;
    while (wordStart > open && Character.isLetter(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    return CONTINUING_WORDS.contains(text.substring(wordStart, prevEnd).toLowerCase());
  }

  private boolean endsSentence(int k, int end) {
    char c = text.charAt(k);
    if (c != '.' && c != '?' && c != '!') {
      return false;
    }
    boolean atEnd = k + 1 >= end || Character.isWhitespace(text.charAt(k + 1));
    if (c == '!') {
      return atEnd;
    }
    if (c == '?') {
      return atEnd && k > open && Character.isLetterOrDigit(text.charAt(k - 1))
          && !startsLowerCase(k + 1, end);
    }
    if (c != '.' || !atEnd) {
      return false;
    }
    return !isAbbreviation(k, end) && !startsLowerCase(k + 1, end);
  }

  private boolean isAbbreviation(int dot, int end) {
    int s = dot;
    while (s > open && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
      s--;
    }
    if (s == dot) {
      return false;
    }
    String word = text.substring(s, dot).toLowerCase();
    if (word.equals("no") || word.equals("nos")) {
      int next = skipSpaces(dot + 1, end);
      return next < end && Character.isDigit(text.charAt(next));
    }
    return ABBREVIATIONS.contains(word)
        || (word.length() == 1 && Character.isUpperCase(text.charAt(s)) && dot + 1 < end
            && s > open && text.charAt(s - 1) == ' ' && isInitialBefore(s));
  }

  /** "Dr. A. Smith": a single capital after a title or another initial. */
  private boolean isInitialBefore(int s) {
    int p = s - 1;
    while (p > open && text.charAt(p) == ' ') {
      p--;
    }
    return text.charAt(p) == '.';
  }

  private boolean startsLowerCase(int from, int end) {
    int next = skipSpaces(from, end);
    return next < end && Character.isLowerCase(text.charAt(next));
  }

  private void close(int end) {
    if (open >= 0) {
      int e = Text.trimEnd(text, open, Math.min(end, text.length()));
      if (e > open && Text.hasWordChar(text, open, e)) {
        sink.sentence(open, e);
      }
    }
    open = -1;
  }

  private int skipSpaces(int i, int end) {
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
