package org.vigil.findings.eval;

import java.util.List;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.ReportInput;

/** A whole labelled report of reports.jsonl. */
public record CorpusReport(
    String id,
    String modality,
    String flag,
    String text,
    AlertCategory category,
    List<ExpectedFinding> findings,
    List<ExpectedFollowUp> followUps) {

  public CorpusReport {
    findings = List.copyOf(findings);
    followUps = List.copyOf(followUps);
  }

  public ReportInput toInput() {
    return new ReportInput(id, text, modality, flag);
  }
}
