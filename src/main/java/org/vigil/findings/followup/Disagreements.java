package org.vigil.findings.followup;

import java.util.List;
import org.vigil.findings.Finding;
import org.vigil.findings.FollowUp;

/**
 * Explains where a report's follow-up and the guideline differ. A report interval disagrees when
 * its latest day is after the guideline's latest (later than advised) or before the guideline's
 * earliest (sooner than advised); advice for a lesion the guideline says needs none disagrees too.
 */
final class Disagreements {

  private Disagreements() {}

  /** Why the report's follow-up disagrees with the verdict, or null when it agrees. */
  static String between(FollowUp report, GuidelineAdvisor.Verdict verdict) {
    GuidelineRule rule = verdict.rule();
    String says = "report advises " + Interval.describe(report.minDays(), report.maxDays());
    if (!rule.recommendsFollowUp()) {
      return says + "; " + cite(verdict) + " advises no routine follow-up (" + rule.advice() + ")";
    }
    if (report.maxDays() > rule.maxDays()) {
      return says + ", later than " + guidelineAdvice(verdict);
    }
    if (report.maxDays() < rule.minDays()) {
      return says + ", sooner than " + guidelineAdvice(verdict);
    }
    return null;
  }

  /** When the report declined follow-up for a lesion the guideline says needs it. */
  static String withDeclined(
      List<ReportAdviceReader.Declined> declined,
      Finding lesion,
      GuidelineAdvisor.Verdict verdict) {
    return declined.stream()
        .filter(d -> lesion.concept().equals(d.finding()))
        .findFirst()
        .map(d -> "report says \"" + d.text() + "\" but " + guidelineAdvice(verdict))
        .orElse(null);
  }

  static FollowUp withDisagreement(FollowUp f, String why) {
    return new FollowUp(
        f.procedure(),
        f.modality(),
        f.region(),
        f.minDays(),
        f.maxDays(),
        f.conditional(),
        f.actionable(),
        f.source(),
        f.guideline(),
        f.finding(),
        f.text(),
        f.sentence(),
        why);
  }

  private static String guidelineAdvice(GuidelineAdvisor.Verdict verdict) {
    GuidelineRule rule = verdict.rule();
    return cite(verdict)
        + " advises "
        + rule.procedure()
        + " "
        + Interval.describe(rule.minDays(), rule.maxDays())
        + " ("
        + rule.advice()
        + ")";
  }

  private static String cite(GuidelineAdvisor.Verdict verdict) {
    return verdict.guideline().id() + " " + verdict.guideline().version();
  }
}
