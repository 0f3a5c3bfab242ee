package org.vigil.findings.followup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.Finding;
import org.vigil.findings.FollowUp;
import org.vigil.findings.Measurement;
import org.vigil.findings.SectionKind;
import org.vigil.findings.Sentence;

/** Builds report sentences and findings directly, as the findings engine would. */
final class Reports {

  private static final FollowUpRecommendations READER = FollowUpRecommendations.fromClasspath();

  private final StringBuilder text = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();

  static Reports report() {
    return new Reports();
  }

  Reports findings(String sentence) {
    return sentence(SectionKind.FINDINGS, sentence);
  }

  Reports impression(String sentence) {
    return sentence(SectionKind.IMPRESSION, sentence);
  }

  Reports sentence(SectionKind section, String sentence) {
    if (text.length() > 0) {
      text.append(' ');
    }
    int start = text.length();
    text.append(sentence);
    sentences.add(new Sentence(sentences.size(), section, sentence, start, text.length()));
    return this;
  }

  /** An affirmed finding of {@code concept} at {@code trigger} in the last sentence. */
  Reports with(String concept, String trigger, double... sizesMm) {
    return add(concept, trigger, false, "patient", sizesMm);
  }

  Reports withNegated(String concept, String trigger, double... sizesMm) {
    return add(concept, trigger, true, "patient", sizesMm);
  }

  Reports withFamilyHistoryOf(String concept, String trigger) {
    return add(concept, trigger, false, "family", new double[0]);
  }

  private Reports add(
      String concept, String trigger, boolean negated, String experiencer, double[] sizesMm) {
    Sentence s = sentences.get(sentences.size() - 1);
    int at = s.start() + Math.max(0, s.text().indexOf(trigger));
    List<Measurement> measurements =
        sizesMm.length == 0
            ? List.of()
            : List.of(
                new Measurement(
                    Arrays.toString(sizesMm) + " mm",
                    at,
                    at + trigger.length(),
                    Arrays.stream(sizesMm).boxed().toList()));
    findings.add(
        new Finding(
            concept,
            concept,
            null,
            negated ? AlertCategory.NONE : AlertCategory.SIGNIFICANT,
            negated,
            false,
            false,
            false,
            experiencer,
            s.section(),
            s.index(),
            at,
            at + trigger.length(),
            trigger,
            null,
            null,
            measurements,
            List.of()));
    return this;
  }

  List<FollowUp> followUps() {
    return READER.read(text.toString(), sentences, findings);
  }

  FollowUp only() {
    List<FollowUp> all = followUps();
    if (all.size() != 1) {
      throw new AssertionError("expected one follow-up but got " + all);
    }
    return all.get(0);
  }

  List<FollowUp> fromGuidelines() {
    return followUps().stream().filter(f -> f.source() == FollowUp.Source.GUIDELINE).toList();
  }

  List<FollowUp> fromReport() {
    return followUps().stream().filter(f -> f.source() == FollowUp.Source.REPORT).toList();
  }
}
