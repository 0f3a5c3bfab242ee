package org.vigil.findings.followup;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A cue pattern with its anchors: words, at least one of which every match of the pattern
 * contains. Most clauses of a report contain none of them, so looking for the anchors first (a
 * plain substring search) lets the pattern run only where it can match; the answer is the
 * pattern's own. {@code CueTest} checks each anchor list against each alternative of its pattern.
 */
final class Cue {

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
    for (String anchor : anchors) {
      if (lower.contains(anchor)) {
        return pattern.matcher(lower).find();
      }
    }
    return false;
  }

  Pattern pattern() {
    return pattern;
  }
}
