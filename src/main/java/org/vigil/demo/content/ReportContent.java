package org.vigil.demo.content;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one radiology report in three sections, with the abnormal flag (OBX-8: "", "A"
 * or "AA") and what the demo meant it to contain.
 */
public record ReportContent(
    String clinicalDetails,
    List<String> findings,
    List<String> conclusion,
    String abnormalFlag,
    Significance significance,
    String concept) {

  /** The report as lines, each section headed as UK reports are. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add("Clinical details:");
    lines.add(clinicalDetails);
    lines.add("");
    lines.add("Findings:");
    lines.addAll(findings);
    lines.add("");
    lines.add("Conclusion:");
    lines.addAll(conclusion);
    return lines;
  }

  /** The same report with a line added to the end of the conclusion. */
  public ReportContent withConclusionLine(String line) {
    List<String> more = new ArrayList<>(conclusion);
    more.add(line);
    return new ReportContent(clinicalDetails, findings, more, abnormalFlag, significance, concept);
  }

  /** The same report with a first conclusion line (e.g. a correction notice). */
  ReportContent withLeadingConclusionLine(String line) {
    List<String> more = new ArrayList<>();
    more.add(line);
    more.addAll(conclusion);
    return new ReportContent(clinicalDetails, findings, more, abnormalFlag, significance, concept);
  }
}
