package org.vigil.findings.followup;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern with its anchors: strings, one of which occurs in any text the pattern can match in
 * (a literal word of each alternative). Most clauses of a report contain none of them, so looking
 * for the anchors first (a plain substring search) lets the pattern run only where it can match;
 * the answer is always the pattern's own. {@code CueTest} holds every cue's anchors to every
 * alternative of its pattern.
 */
final class Cue {

  static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

  private final Pattern pattern;
  private final List<String> anchors;

  private Cue(Pattern pattern, List<String> anchors) {
    this.pattern = pattern;
    this.anchors = anchors;
  }

  static Cue of(String regex, String... anchors) {
    return new Cue(Pattern.compile(regex), List.of(anchors));
  }

  /** True when the pattern is found in {@code lower} (lower-case text). */
  boolean in(String lower) {
    return mayOccurIn(lower) && pattern.matcher(lower).find();
  }

  /** The first match in {@code lower}, if any. */
  Optional<MatchResult> first(String lower) {
    if (!mayOccurIn(lower)) {
      return Optional.empty();
    }
    Matcher m = pattern.matcher(lower);
    return m.find() ? Optional.of(m.toMatchResult()) : Optional.empty();
  }

  /** {@code lower} with every match replaced. */
  String replaceAll(String lower, Function<MatchResult, String> replacement) {
    return mayOccurIn(lower) ? pattern.matcher(lower).replaceAll(replacement) : lower;
  }

  /** False when no anchor occurs in {@code lower}: the pattern cannot match there. */
  boolean mayOccurIn(String lower) {
    for (String anchor : anchors) {
      if (lower.contains(anchor)) {
        return true;
      }
    }
    return false;
  }

  Pattern pattern() {
    return pattern;
  }
}
