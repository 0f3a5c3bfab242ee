package org.vigil.findings.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.findings.Assertion;
import org.vigil.findings.Modifier;
import org.vigil.findings.ScopeStop;
import org.vigil.findings.ScopeTrace;
import org.vigil.findings.SectionKind;
import org.vigil.findings.text.Tokens;

/**
 * The context triggers of one sentence with their scopes. A forward scope runs from the trigger
 * for its window of words (list words and commas do not count) and stops at a terminator or at
 * a trigger of another kind after a comma ("no effusion, possible consolidation"). Over a
 * coordinated list the window counts each item's words, so a list of any length stays in scope
 * ("without evidence of A, B, C, D or E"), up to three windows in all; a clause verb ("is",
 * "are") ends the list. A backward scope stops at a clause verb: "the pneumothorax is large,
 * effusion is not seen" does not negate the pneumothorax.
 */
public final class SentenceContext {

  /** A trigger found in the sentence: tokens [start, end), scope tokens [scopeFrom, scopeTo). */
  static final class Hit {
    final Trigger trigger;
    final int start;
    final int end;
    int scopeFrom;
    int scopeTo;
    ScopeStop forwardStop;
    ScopeStop backwardStop;

    Hit(Trigger trigger, int start, int end) {
      this.trigger = trigger;
      this.start = start;
      this.end = end;
    }
  }

  private final Tokens tokens;
  private final int from;
  private final int to;
  private final Set<String> listWords;
  private final Set<String> separators;
  private final Set<String> clauseVerbs;
  private final Alternatives alternatives;
  private final Set<String> requestBackground;
  private final boolean[] terminator;
  private final List<Hit> hits;

  SentenceContext(Tokens tokens, int from, int to, ContextRules rules, boolean[] terminator,
      List<Hit> hits) {
    this.tokens = tokens;
    this.from = from;
    this.to = to;
    this.listWords = rules.listWords();
    this.separators = rules.listSeparators();
    this.clauseVerbs = rules.clauseVerbs();
    this.alternatives = new Alternatives(tokens, from, to, rules.alternatives());
    this.requestBackground = rules.requestBackground();
    this.terminator = terminator;
    this.hits = hits;
    for (Hit hit : hits) {
      hit.scopeTo = forwardScopeEnd(hit);
      hit.scopeFrom = backwardScopeStart(hit);
    }
  }

  /** The assertion of the mention at tokens [first, end) in a sentence of {@code section}. */
  public Assertion assess(int first, int end, SectionKind section) {
    Verdict v = new Verdict();
    for (Hit hit : hits) {
      if (governs(hit, first, end)) {
        v.apply(hit, modifier(hit));
      }
    }
    if (v.negated && v.uncertain && suggestionDenied(first)) {
      v.dropUncertain();
    }
    v.alternative = alternatives.at(first, end);
    v.applySection(section, tokens.start(first), statedDiagnosis(first, end));
    return v.assertion();
  }

  /** A word of the mention names an established diagnosis ("lung cancer", "emphysema"). */
  private boolean statedDiagnosis(int first, int end) {
    for (int i = first; i < end; i++) {
      if (requestBackground.contains(tokens.norm(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the trigger's scope reaches the mention at tokens [first, end). */
  private boolean governs(Hit hit, int first, int end) {
    boolean overlaps = hit.start < end && first < hit.end;
    // A forward trigger that begins before the mention governs it even when its last words
    // are the mention's first ("no acute" + "acute intracranial haemorrhage").
    boolean leadsInto = overlaps && hit.start < first && hit.trigger.direction().forward();
    if (overlaps && !leadsInto) {
      return false;
    }
    boolean forward = hit.trigger.direction().forward()
        && (leadsInto || (hit.end <= first && first < hit.scopeTo));
    boolean backward =
        hit.trigger.direction().backward() && end <= hit.start && first >= hit.scopeFrom;
    return forward || backward;
  }

  /**
   * Every trigger of the sentence with its scope and why the scope stopped, each marked as
   * governing the mention at tokens [first, end) or not: what the findings page shows. Costs
   * nothing when not called; readings do not store it.
   */
  public List<ScopeTrace> trace(int first, int end, SectionKind section) {
    List<ScopeTrace> out = new ArrayList<>(hits.size() + 1);
    Modifier alternative = alternatives.at(first, end);
    if (alternative != null) {
      int mentionStart = tokens.start(first);
      int mentionEnd = tokens.end(end - 1);
      out.add(new ScopeTrace("alternative", alternative.trigger(), "both", 1, alternative.start(),
          alternative.end(), Math.min(mentionStart, alternative.start()),
          Math.max(mentionEnd, alternative.end()), null, null, null, null,
          assess(first, end, section).modifiers().contains(alternative)));
    }
    for (Hit hit : hits) {
      Direction d = hit.trigger.direction();
      int scopeStart = d.backward() ? hit.scopeFrom : hit.start;
      int scopeEnd = d.forward() ? hit.scopeTo : hit.end;
      out.add(new ScopeTrace(hit.trigger.kind().key(), hit.trigger.phrase(),
          d.name().toLowerCase(Locale.ROOT), hit.trigger.window(), tokens.start(hit.start),
          tokens.end(hit.end - 1), tokens.start(scopeStart),
          scopeEnd > scopeStart ? tokens.end(scopeEnd - 1) : tokens.start(scopeStart),
          d.forward() ? hit.forwardStop : null, d.forward() ? stopWord(hit.forwardStop, hit.scopeTo) : null,
          d.backward() ? hit.backwardStop : null,
          d.backward() ? stopWord(hit.backwardStop, hit.scopeFrom - 1) : null,
          governs(hit, first, end)));
    }
    return out;
  }

  private ScopeStop terminatorAt(int i) {
    return tokens.kind(i) == Tokens.PUNCT ? ScopeStop.PUNCTUATION : ScopeStop.TERMINATOR;
  }

  private String stopWord(ScopeStop stop, int i) {
    boolean atWord = stop == ScopeStop.TERMINATOR || stop == ScopeStop.PUNCTUATION || stop == ScopeStop.OTHER_TRIGGER
        || stop == ScopeStop.NEGATION_IN_HISTORY || stop == ScopeStop.CLAUSE_VERB
        || stop == ScopeStop.WINDOW;
    if (!atWord || i < from || i >= to) {
      return null;
    }
    return tokens.text().substring(tokens.start(i), tokens.end(i));
  }

  /**
   * "No inflammation to suggest pancreatitis", "no features to suggest NAI": a suggestion word
   * inside the scope of a negation that governs the mention is itself denied, so the mention is
   * negated, not uncertain.
   */
  private boolean suggestionDenied(int first) {
    for (Hit neg : hits) {
      if (neg.trigger.kind() != TriggerKind.NEGATED || !neg.trigger.direction().forward()
          || neg.end > first || first >= neg.scopeTo) {
        continue;
      }
      for (Hit unc : hits) {
        if (unc.trigger.kind() == TriggerKind.UNCERTAIN && unc.start >= neg.end
            && unc.end <= first) {
          return true;
        }
      }
    }
    return false;
  }

  private Modifier modifier(Hit hit) {
    int s = tokens.start(hit.start);
    int e = tokens.end(hit.end - 1);
    return new Modifier(hit.trigger.kind().key(), tokens.text().substring(s, e), s, e);
  }

  private int forwardScopeEnd(Hit hit) {
    ListWindow w = new ListWindow(hit.trigger.window());
    hit.forwardStop = ScopeStop.SENTENCE_END;
    for (int i = hit.end; i < to; i++) {
      ScopeStop stop = terminator[i - from] ? terminatorAt(i) : otherClauseAt(i, hit);
      if (stop == null && w.exceededAt(i)) {
        stop = ScopeStop.WINDOW;
      }
      if (stop != null) {
        hit.forwardStop = stop;
        return i;
      }
    }
    return to;
  }

  private int backwardScopeStart(Hit hit) {
    ListWindow w = new ListWindow(hit.trigger.window());
    hit.backwardStop = ScopeStop.SENTENCE_START;
    for (int i = hit.start - 1; i >= from; i--) {
      ScopeStop stop = terminator[i - from] ? terminatorAt(i)
          : clauseVerbs.contains(tokens.norm(i)) ? ScopeStop.CLAUSE_VERB
          : w.exceededAt(i) ? ScopeStop.WINDOW : null;
      if (stop != null) {
        hit.backwardStop = stop;
        return i + 1;
      }
    }
    return from;
  }

  /**
   * Counts a scope's words: per list item while the words form a coordinated list (up to three
   * windows in all), over the whole scope once a clause verb shows it is not a list.
   */
  private final class ListWindow {
    private final int window;
    private int words;
    private int itemWords;
    private boolean list = true;

    ListWindow(int window) {
      this.window = window;
    }

    boolean exceededAt(int i) {
      String norm = tokens.norm(i);
      if (clauseVerbs.contains(norm)) {
        list = false;
      }
      if (separators.contains(norm)) {
        itemWords = 0;
      }
      if (!counts(i)) {
        return false;
      }
      words++;
      itemWords++;
      return list ? itemWords > window || words > 3 * window : words > window;
    }
  }

  /**
   * A trigger of another kind right after a comma starts a new clause of the list; a negation
   * starts one wherever it stands in a history scope ("stable cardiomegaly with no focal
   * airspace disease": the airspace disease is absent, not known).
   */
  private ScopeStop otherClauseAt(int i, Hit hit) {
    boolean afterComma = i > from && ",".equals(tokens.norm(i - 1));
    boolean history = hit.trigger.kind() == TriggerKind.HISTORICAL;
    if (!afterComma && !history) {
      return null;
    }
    for (Hit other : hits) {
      if (other.start == i && other.trigger.kind() != hit.trigger.kind()) {
        if (afterComma) {
          return ScopeStop.OTHER_TRIGGER;
        }
        if (other.trigger.kind() == TriggerKind.NEGATED) {
          return ScopeStop.NEGATION_IN_HISTORY;
        }
      }
    }
    return null;
  }

  private boolean counts(int i) {
    return tokens.kind(i) != Tokens.PUNCT && !listWords.contains(tokens.norm(i));
  }
}
