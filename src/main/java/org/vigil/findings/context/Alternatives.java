package org.vigil.findings.context;

import java.util.Set;
import org.vigil.findings.Modifier;
import org.vigil.findings.text.Tokens;

/**
 * Findings offered as alternatives in one sentence (context.yaml {@code alternatives}). The
 * tokenizer drops "/", so a slash is read from the text between two tokens.
 */
final class Alternatives {

  private final Tokens tokens;
  private final int from;
  private final int to;
  private final Set<String> words;

  Alternatives(Tokens tokens, int from, int to, Set<String> words) {
    this.tokens = tokens;
    this.from = from;
    this.to = to;
    this.words = words;
  }

  /**
   * "atelectasis/infiltrate", "effusion and/or thickening", "collapse or consolidation": a
   * finding offered with another as alternatives (a differential) is uncertain. The word or the
   * slash must join the mention to a word next to it; under a negation the same words make a
   * list ("no pneumothorax or effusion"), which {@link SentenceContext} leaves alone.
   */
  Modifier at(int first, int end) {
    if (words.isEmpty()) {
      return null;
    }
    if (words.contains("/")) {
      if (end < to && slashBetween(end - 1, end) && tokens.kind(end) != Tokens.PUNCT) {
        return slashModifier(end - 1);
      }
      if (first > from && slashBetween(first - 1, first) && tokens.kind(first - 1) != Tokens.PUNCT) {
        return slashModifier(first - 1);
      }
    }
    int after = end < to && "and".equals(tokens.norm(end)) ? end + 1 : end;
    if (after + 1 < to && words.contains(tokens.norm(after))
        && tokens.kind(after + 1) != Tokens.PUNCT) {
      return wordModifier(after);
    }
    int before = first - 1;
    if (before - 1 >= from && words.contains(tokens.norm(before))
        && tokens.kind(before - 1) != Tokens.PUNCT) {
      return wordModifier(before);
    }
    return null;
  }

  private boolean slashBetween(int a, int b) {
    return "/".equals(tokens.text().substring(tokens.end(a), tokens.start(b)).strip());
  }

  private Modifier slashModifier(int left) {
    int at = tokens.text().indexOf('/', tokens.end(left));
    return new Modifier("uncertain", "/", at, at + 1);
  }

  private Modifier wordModifier(int i) {
    return new Modifier("uncertain", tokens.text().substring(tokens.start(i), tokens.end(i)),
        tokens.start(i), tokens.end(i));
  }

}
