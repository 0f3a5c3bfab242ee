package org.vigil.findings.text;

import java.util.ArrayList;
import java.util.List;
import org.vigil.findings.Sentence;

/** A report split into sections and sentences, with the tokens of every sentence. */
public final class ParsedReport {

  private final String text;
  private final Tokens tokens;
  private final List<SentenceSpan> spans;

  ParsedReport(String text, Tokens tokens, List<SentenceSpan> spans) {
    this.text = text;
    this.tokens = tokens;
    this.spans = List.copyOf(spans);
  }

  /** Splits and tokenizes {@code text}. */
  public static ParsedReport parse(String text) {
    Tokens tokens = new Tokens(text);
    List<SentenceSpan> spans = new ArrayList<>();
    for (SectionSplitter.Section section : SectionSplitter.split(text)) {
      SentenceSplitter.split(text, section.start(), section.end(), (start, end) -> {
        int first = tokens.size();
        Tokenizer.tokenize(tokens, start, end);
        spans.add(new SentenceSpan(spans.size(), section.kind(), start, end, first, tokens.size()));
      });
    }
    return new ParsedReport(text, tokens, spans);
  }

  public String text() {
    return text;
  }

  public Tokens tokens() {
    return tokens;
  }

  public List<SentenceSpan> spans() {
    return spans;
  }

  /** The sentences as the shared result type. */
  public List<Sentence> sentences() {
    List<Sentence> out = new ArrayList<>(spans.size());
    for (SentenceSpan s : spans) {
      out.add(new Sentence(s.index(), s.section(), text.substring(s.start(), s.end()), s.start(),
          s.end()));
    }
    return out;
  }
}
