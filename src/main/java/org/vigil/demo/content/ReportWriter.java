package org.vigil.demo.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a report for an examination: mostly normal, about 10% significant and 3-5% critical,
 * with alert text codes and abnormal flags set on most (not all) reports that need them.
 */
public final class ReportWriter {

  private static final List<Abnormality.Template> TEMPLATES = all();
  private final Random random;

  public ReportWriter(Random random) {
    this.random = random;
  }

  public ReportContent write(Procedure procedure, RequestPriority priority, boolean female) {
    Significance wanted = roll(priority);
    List<Abnormality.Template> fitting = TEMPLATES.stream()
        .filter(t -> t.significance() == wanted && t.fits(procedure.kind())).toList();
    if (wanted == Significance.NORMAL || fitting.isEmpty()) {
      return normal(procedure);
    }
    Abnormality.Template template = fitting.get(random.nextInt(fitting.size()));
    Abnormality abnormality = template.writer().apply(new Abnormality.Context(random, procedure, female));
    return flagged(abnormality, procedure);
  }

  /** A corrected version: a transcription fix or an added comparison, conclusion unchanged. */
  public ReportContent corrected(ReportContent original) {
    return original.withLeadingConclusionLine(pick(List.of(
        "CORRECTED REPORT: transcription error in the findings corrected. The conclusion is"
            + " unchanged.",
        "CORRECTED REPORT: comparison with the previous study has been added; appearances are"
            + " otherwise as reported.")));
  }

  /** An addendum: the record of a phoned result, or late comparison imaging. */
  public ReportContent addendum(ReportContent original, Staff.Clinician requester,
      java.time.Instant at) {
    String when = java.time.format.DateTimeFormatter.ofPattern("HH:mm 'on' dd/MM/yyyy")
        .format(at.minusSeconds(600).atZone(Hl7.LONDON));
    String line = original.significance() == Significance.NORMAL
        || original.significance() == Significance.SIGNIFICANT
        ? "ADDENDUM: previous imaging from another trust is now available. No significant"
            + " change. No further action needed from radiology."
        : "ADDENDUM: findings discussed by telephone with " + requester.display() + " at "
            + when + ". Read back confirmed.";
    return original.withConclusionLine(line);
  }

  private Significance roll(RequestPriority priority) {
    int roll = random.nextInt(1000);
    int cancerShare = priority == RequestPriority.TWO_WEEK_WAIT ? 160 : 30;
    int criticalShare = priority == RequestPriority.ED || priority == RequestPriority.INPATIENT
        ? 120 : 25;
    if (roll < criticalShare) {
      return Significance.CRITICAL;
    }
    if (roll < criticalShare + 40) {
      return Significance.URGENT;
    }
    if (roll < criticalShare + 40 + cancerShare) {
      return Significance.CANCER;
    }
    return roll < criticalShare + 40 + cancerShare + 100 ? Significance.SIGNIFICANT
        : Significance.NORMAL;
  }

  private ReportContent normal(Procedure procedure) {
    NormalReports.Wording wording = NormalReports.of(procedure.kind(), procedure);
    int variant = random.nextInt(wording.findings().size());
    return new ReportContent(pick(wording.questions()), wording.findings().get(variant),
        List.of(wording.conclusions().get(variant)), "", Significance.NORMAL, null);
  }

  private ReportContent flagged(Abnormality a, Procedure procedure) {
    String question = a.clinicalDetails() != null ? a.clinicalDetails()
        : pick(NormalReports.of(procedure.kind(), procedure).questions());
    List<String> conclusion = new ArrayList<>(a.conclusion());
    String flag = "";
    int roll = random.nextInt(100);
    if (a.significance() == Significance.SIGNIFICANT) {
      flag = roll < 35 ? "A" : "";
      if (roll % 4 == 0) {
        conclusion.add(0, "SIGNIFICANT UNEXPECTED FINDING");
      }
    } else {
      boolean code = roll < 70;
      flag = roll < 55 || (roll >= 70 && roll < 82) ? "AA" : "";
      if (code) {
        conclusion.add(0, alertCode(a.significance()));
      }
    }
    return new ReportContent(question, a.findings(), conclusion, flag, a.significance(),
        a.concept());
  }

  private String alertCode(Significance significance) {
    return switch (significance) {
      case CRITICAL -> pick(List.of("CRITICAL ALERT", "*** CRITICAL ALERT ***",
          "Critical alert: findings phoned to the requesting team."));
      case URGENT -> pick(List.of("URGENT ALERT", "Urgent alert - please review today."));
      case CANCER -> pick(List.of("CANCER ALERT", "SUSPECTED CANCER ALERT"));
      default -> "";
    };
  }

  private String pick(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }

  private static List<Abnormality.Template> all() {
    List<Abnormality.Template> all = new ArrayList<>(UrgentFindings.ALL);
    all.addAll(CancerFindings.ALL);
    all.addAll(IncidentalFindings.ALL);
    return List.copyOf(all);
  }
}
