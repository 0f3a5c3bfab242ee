package org.vigil.findings.eval;

import java.util.List;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.Assertion;
import org.vigil.findings.Finding;
import org.vigil.findings.FollowUp;
import org.vigil.findings.ReportAnalysis;
import org.vigil.findings.SectionKind;

/** Hand-made engine results for testing the evaluator's arithmetic. */
final class Fakes {

  private Fakes() {}

  static Finding affirmed(String concept) {
    return finding(concept, false, false, "patient");
  }

  static Finding negated(String concept) {
    return finding(concept, true, false, "patient");
  }

  static Finding hypothetical(String concept) {
    return finding(concept, false, true, "patient");
  }

  static Finding familyHistory(String concept) {
    return finding(concept, false, false, "other");
  }

  private static Finding finding(String concept, boolean negated, boolean hypothetical, String who) {
    return new Finding(concept, concept, null, AlertCategory.NONE, negated, false, false,
        hypothetical, who, SectionKind.FINDINGS, 0, 0, 1, null, null, null, List.of(), List.of());
  }

  static FollowUp stated(String text, Integer min, Integer max) {
    return followUp(text, min, max, true, FollowUp.Source.REPORT);
  }

  static FollowUp notActionable(String text) {
    return followUp(text, null, null, false, FollowUp.Source.REPORT);
  }

  static FollowUp fromGuideline(String text, Integer min, Integer max) {
    return followUp(text, min, max, true, FollowUp.Source.GUIDELINE);
  }

  private static FollowUp followUp(String text, Integer min, Integer max, boolean actionable,
      FollowUp.Source source) {
    return new FollowUp("CT", "CT", "chest", min, max, false, actionable, source, null, null, text,
        0, null);
  }

  static ReportAnalysis analysis(String id, AlertCategory category, List<Finding> findings,
      List<FollowUp> followUps) {
    return new ReportAnalysis(id, category, category.needsCommunication(), null, findings,
        followUps, "test");
  }

  static Assertion assertion(boolean negated, boolean uncertain, boolean historical,
      boolean hypothetical, String experiencer) {
    return new Assertion(negated, uncertain, historical, hypothetical, experiencer, List.of());
  }

  static CorpusReport report(String id, AlertCategory category, List<ExpectedFinding> findings,
      List<ExpectedFollowUp> followUps) {
    return new CorpusReport(id, "CT", null, "text of " + id, category, findings, followUps);
  }

  static ExpectedFinding present(String concept) {
    return new ExpectedFinding(concept, false, false, false, false);
  }

  static ExpectedFinding absent(String concept) {
    return new ExpectedFinding(concept, true, false, false, false);
  }

  static CorpusSentence sentence(String id, boolean negated, boolean historical, String experiencer) {
    return new CorpusSentence(id, "No pneumothorax.", "pneumothorax", "pneumothorax", negated,
        false, historical, false, experiencer, null, null, null);
  }
}
