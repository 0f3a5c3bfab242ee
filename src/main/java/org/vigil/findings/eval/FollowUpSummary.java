package org.vigil.findings.eval;

/**
 * Follow-up measures: sentence detection (all stated recommendations, and actionable ones only),
 * interval extraction as an F1 over stated intervals, and agreement on matched pairs.
 */
public record FollowUpSummary(
    Counts sentences,
    Counts actionableSentences,
    Counts intervals,
    int matched,
    int intervalCorrect,
    int conditionalCorrect,
    int actionableCorrect) {

  /** Of the matched recommendations, the share whose interval (min and max days) is right. */
  public double intervalAccuracy() {
    return matched == 0 ? 0.0 : (double) intervalCorrect / matched;
  }

  public double conditionalAccuracy() {
    return matched == 0 ? 0.0 : (double) conditionalCorrect / matched;
  }

  public double actionableAccuracy() {
    return matched == 0 ? 0.0 : (double) actionableCorrect / matched;
  }
}
