package org.vigil.findings.followup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.findings.Finding;
import org.vigil.findings.FollowUp;
import org.vigil.findings.Sentence;

/**
 * Applies the guidelines to a report's findings: for each affirmed finding covered by a guideline,
 * either compares the report's own follow-up interval with the guideline's (and notes a
 * disagreement), or, when the report gives no interval for it, derives the guideline follow-up.
 * Several mentions of one concept are one lesion for this purpose: the largest one counts.
 */
final class GuidelineAdvisor {

  private final Guidelines guidelines;

  GuidelineAdvisor(Guidelines guidelines) {
    this.guidelines = guidelines;
  }

  List<FollowUp> apply(
      String report,
      List<Sentence> sentences,
      List<Finding> findings,
      ReportAdviceReader.Read read) {
    List<FollowUp> result = new ArrayList<>(read.followUps());
    List<Finding> lesions = largestAffirmedPerConcept(findings);
    Set<String> ofReport = lesions.isEmpty() ? Set.of() : Features.ofReport(report);
    for (Finding lesion : lesions) {
      Optional<Verdict> verdict = verdict(lesion, sentences, ofReport);
      verdict.ifPresent(v -> advise(lesion, v, result, read.declined()));
    }
    return result;
  }

  /** The rule that decides for a lesion, with the guideline it belongs to. */
  record Verdict(Guideline guideline, GuidelineRule rule, Double largestMm) {}

  /** {@code ofReport}: the report's own features ({@link Features#ofReport}). */
  Optional<Verdict> verdict(Finding lesion, List<Sentence> sentences, Set<String> ofReport) {
    Double mm = largestMm(lesion);
    String sentence = sentenceText(lesion, sentences);
    var features = Features.of(sentence, mm, ofReport);
    for (Guideline guideline : guidelines.forConcept(lesion.concept())) {
      Optional<GuidelineRule> rule = guideline.firstMatch(features, mm, sentence);
      if (rule.isPresent()) {
        return Optional.of(new Verdict(guideline, rule.get(), mm));
      }
    }
    return Optional.empty();
  }

  private void advise(
      Finding lesion,
      Verdict verdict,
      List<FollowUp> result,
      List<ReportAdviceReader.Declined> declined) {
    List<Integer> timed = new ArrayList<>();
    for (int i = 0; i < result.size(); i++) {
      if (timedReportAdviceFor(result.get(i), lesion.concept())) {
        timed.add(i);
      }
    }
    for (int i : timed) {
      String why = Disagreements.between(result.get(i), verdict);
      if (why != null) {
        result.set(i, Disagreements.withDisagreement(result.get(i), why));
      }
    }
    if (timed.isEmpty() && verdict.rule().recommendsFollowUp()) {
      result.add(derived(lesion, verdict, Disagreements.withDeclined(declined, lesion, verdict)));
    }
  }

  private static boolean timedReportAdviceFor(FollowUp f, String concept) {
    return f.source() == FollowUp.Source.REPORT
        && concept.equals(f.finding())
        && f.actionable()
        && !f.conditional()
        && f.maxDays() != null;
  }

  private static FollowUp derived(Finding lesion, Verdict v, String disagreement) {
    GuidelineRule rule = v.rule();
    String text =
        v.guideline().name()
            + ": "
            + rule.advice()
            + " ["
            + rule.source()
            + (rule.timing() == GuidelineRule.Timing.VIGIL_DEFAULT
                ? "; interval: Vigil default"
                : "")
            + "]";
    return new FollowUp(
        rule.procedure(),
        rule.modality(),
        rule.region(),
        rule.minDays(),
        rule.maxDays(),
        false,
        true,
        FollowUp.Source.GUIDELINE,
        v.guideline().id(),
        lesion.concept(),
        text,
        lesion.sentence(),
        disagreement);
  }

  private List<Finding> largestAffirmedPerConcept(List<Finding> findings) {
    Map<String, Finding> largest = new LinkedHashMap<>();
    Comparator<Finding> bySize = Comparator.comparingDouble(f -> orZero(largestMm(f)));
    for (Finding f : findings) {
      if (f.isAffirmed() && !guidelines.forConcept(f.concept()).isEmpty()) {
        largest.merge(f.concept(), f, (a, b) -> bySize.compare(b, a) > 0 ? b : a);
      }
    }
    return List.copyOf(largest.values());
  }

  static Double largestMm(Finding f) {
    return f.measurements().stream()
        .map(m -> m.largestMm())
        .filter(mm -> mm > 0)
        .max(Double::compare)
        .orElse(null);
  }

  private static double orZero(Double d) {
    return d == null ? 0 : d;
  }

  private static String sentenceText(Finding f, List<Sentence> sentences) {
    return sentences.stream()
        .filter(s -> s.index() == f.sentence())
        .map(Sentence::text)
        .findFirst()
        .orElse(f.trigger() == null ? "" : f.trigger());
  }
}
