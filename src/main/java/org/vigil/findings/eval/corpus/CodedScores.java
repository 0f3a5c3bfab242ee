package org.vigil.findings.eval.corpus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.Finding;
import org.vigil.findings.ReportAnalysis;
import org.vigil.findings.SectionKind;
import org.vigil.findings.eval.ConceptGroups;
import org.vigil.findings.eval.Counts;

/** The figures of one part of a coded collection, built report by report. */
public final class CodedScores {

  private final Map<String, Counts> concepts = new TreeMap<>();
  private final Map<AlertCategory, Integer> categoriesOnNormal = new EnumMap<>(AlertCategory.class);
  private final List<Disagreement> disagreements = new ArrayList<>();
  private int reports;
  private int normalReports;
  private int falseAlerts;

  CodedScores(Set<String> measured) {
    measured.forEach(c -> concepts.put(c, Counts.ZERO));
  }

  void add(CodedReport report, ReportAnalysis analysis, CodeMapping mapping) {
    reports++;
    Set<String> affirmed = affirmed(analysis);
    if (report.isNormal(mapping.normalCodes())) {
      normalReports++;
      categoriesOnNormal.merge(analysis.category(), 1, Integer::sum);
      if (analysis.communicationNeeded()) {
        falseAlerts++;
        disagreements.add(new Disagreement(report.uid(), report.split(),
            Disagreement.Kind.FALSE_ALERT, alertConcepts(analysis), evidence(report, analysis)));
      }
    }
    Set<String> asserted = mapping.asserted(report);
    Set<String> acceptable = mapping.acceptable(report);
    for (String concept : concepts.keySet()) {
      boolean said = affirmed.contains(concept);
      if (asserted.contains(concept)) {
        concepts.merge(concept, said ? Counts.ZERO.plusTp() : Counts.ZERO.plusFn(), Counts::plus);
        if (!said) {
          disagreements.add(new Disagreement(report.uid(), report.split(),
              Disagreement.Kind.MISSED, concept, "codes " + report.codes()));
        }
      } else if (said && !acceptable.contains(concept)) {
        concepts.merge(concept, Counts.ZERO.plusFp(), Counts::plus);
        disagreements.add(new Disagreement(report.uid(), report.split(),
            Disagreement.Kind.FALSE_POSITIVE, concept, evidence(report, analysis, concept)));
      }
    }
  }

  /**
   * Concepts the report says the image shows (present, possibly hedged or old, in this patient),
   * with their generals. The history given in the clinical details is not something the image
   * showed, so the codes do not name it.
   */
  static Set<String> affirmed(ReportAnalysis analysis) {
    Set<String> out = new TreeSet<>();
    for (Finding f : analysis.findings()) {
      if (f.isAffirmed() && !(f.historical() && f.section() == SectionKind.INDICATION)) {
        out.add(f.concept());
        out.addAll(ConceptGroups.generalOf(f.concept()));
      }
    }
    return out;
  }

  private static String alertConcepts(ReportAnalysis analysis) {
    Set<String> out = new TreeSet<>();
    analysis.findings().stream().filter(f -> f.category().needsCommunication())
        .forEach(f -> out.add(f.concept() + ":" + f.category()));
    return String.join(",", out);
  }

  private static String evidence(CodedReport report, ReportAnalysis analysis) {
    return evidence(report, analysis, null);
  }

  private static String evidence(CodedReport report, ReportAnalysis analysis, String concept) {
    String text = report.text();
    StringBuilder b = new StringBuilder();
    for (Finding f : analysis.findings()) {
      boolean wanted = concept == null ? f.category().needsCommunication()
          : f.isAffirmed() && (f.concept().equals(concept)
              || ConceptGroups.generalOf(f.concept()).contains(concept));
      if (wanted) {
        b.append(" | ").append(sentenceAround(text, f.start(), f.end()))
            .append(" [").append(f.concept()).append(' ').append(f.category())
            .append(f.uncertain() ? " uncertain" : "").append(f.historical() ? " historical" : "")
            .append(']');
      }
    }
    return b.length() == 0 ? "" : b.substring(3);
  }

  private static String sentenceAround(String text, int start, int end) {
    int s = start;
    while (s > 0 && ".\n".indexOf(text.charAt(s - 1)) < 0) {
      s--;
    }
    int e = end;
    while (e < text.length() && ".\n".indexOf(text.charAt(e)) < 0) {
      e++;
    }
    return text.substring(s, start).strip() + " <<" + text.substring(start, end) + ">>"
        + text.substring(end, e);
  }

  public int reports() {
    return reports;
  }

  public int normalReports() {
    return normalReports;
  }

  public int falseAlerts() {
    return falseAlerts;
  }

  /** Reports coded normal that the engine says need communicating, per 1,000 normal reports. */
  public double falseAlertsPerThousandNormal() {
    return normalReports == 0 ? 0 : 1000.0 * falseAlerts / normalReports;
  }

  public Map<String, Counts> concepts() {
    return concepts;
  }

  public Map<AlertCategory, Integer> categoriesOnNormal() {
    return categoriesOnNormal;
  }

  public List<Disagreement> disagreements() {
    return disagreements;
  }
}
