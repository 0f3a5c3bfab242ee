package org.vigil.findings;

import java.util.List;

/**
 * Reads follow-up recommendations from a report's sentences and derives guideline intervals for
 * findings whose report states none. Implemented in {@code org.vigil.findings.followup}.
 */
public interface FollowUpReader {

  List<FollowUp> read(String text, List<Sentence> sentences, List<Finding> findings);

  /**
   * What this reader reads by (its guidelines, in full), for the engine version that keys every
   * stored reading; a reader without data says so.
   */
  default Object definition() {
    return "none";
  }

  /** Reads nothing: for tests of the rest of the engine. */
  FollowUpReader NONE = (text, sentences, findings) -> List.of();
}
