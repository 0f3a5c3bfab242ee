package org.vigil.findings.context;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.findings.text.PhraseTrie;
import org.vigil.findings.text.Tokenizer;
import org.vigil.findings.text.Tokens;

/**
 * ConText compiled once: all trigger, pseudo-trigger and terminator phrases in one token trie,
 * scanned leftmost-longest over a sentence. Thread-safe after construction.
 */
public final class ContextAnalyser {

  private final ContextRules rules;
  private final PhraseTrie<Trigger> trie = new PhraseTrie<>();

  public ContextAnalyser(ContextRules rules) {
    this.rules = rules;
    Map<String, TriggerKind> kinds = new HashMap<>();
    for (Trigger trigger : rules.triggers()) {
      TriggerKind earlier = kinds.putIfAbsent(key(trigger.phrase()), trigger.kind());
      if (earlier != null && earlier != trigger.kind() && !probableNegation(earlier, trigger.kind())) {
        throw new IllegalArgumentException("context trigger '" + trigger.phrase() + "' is both "
            + earlier.key() + " and " + trigger.kind().key() + " once normalised");
      }
      trie.add(trigger.phrase(), trigger);
    }
  }

  /**
   * A phrase may be listed as negated and also as uncertain or historical: "is unlikely" is a
   * probable negation (negated and hedged), "has resolved" a finding that was there and is gone
   * (negated and historical). Any other pair sharing a phrase is a mistake in the file.
   */
  private static boolean probableNegation(TriggerKind a, TriggerKind b) {
    TriggerKind other = a == TriggerKind.NEGATED ? b : b == TriggerKind.NEGATED ? a : null;
    return other == TriggerKind.UNCERTAIN || other == TriggerKind.HISTORICAL;
  }

  private static String key(String phrase) {
    Tokens tokens = Tokenizer.tokenize(phrase);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      b.append(tokens.norm(i)).append(' ');
    }
    return b.toString();
  }

  public static ContextAnalyser withDefaultRules() {
    return new ContextAnalyser(ContextRules.loadDefault());
  }

  public String version() {
    return rules.version();
  }

  /** Finds the triggers of the sentence at tokens [from, to) and works out their scopes. */
  public SentenceContext scan(Tokens tokens, int from, int to) {
    boolean[] terminator = new boolean[to - from];
    List<SentenceContext.Hit> hits = new ArrayList<>(4);
    trie.scan(tokens, from, to, (start, end, values) -> {
      for (Trigger trigger : values) {
        if (trigger.kind() == TriggerKind.TERMINATE) {
          for (int i = start; i < end; i++) {
            terminator[i - from] = true;
          }
        } else if (trigger.kind() != TriggerKind.PSEUDO) {
          hits.add(new SentenceContext.Hit(trigger, start, end));
        }
      }
    });
    return new SentenceContext(tokens, from, to, rules, terminator, hits);
  }
}
