package org.vigil.findings;

import java.util.List;

/** Everything Vigil read in one report, with the evidence to explain it. */
public record ReportAnalysis(
    String id,
    AlertCategory category,
    boolean communicationNeeded,
    FlagAgreement flagAgreement,
    List<Finding> findings,
    List<FollowUp> followUps,
    String knowledgeBaseVersion) {

  public ReportAnalysis {
    findings = List.copyOf(findings);
    followUps = List.copyOf(followUps);
  }
}
