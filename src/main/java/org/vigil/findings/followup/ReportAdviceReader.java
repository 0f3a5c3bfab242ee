package org.vigil.findings.followup;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.findings.Finding;
import org.vigil.findings.FollowUp;
import org.vigil.findings.SectionKind;
import org.vigil.findings.Sentence;

/**
 * Reads the follow-ups a report recommends, clause by clause. Indication, technique and comparison
 * sections are the question and the history, not advice, and are skipped. Declined advice ("no
 * follow-up is required") is kept aside so a guideline can disagree with it.
 */
final class ReportAdviceReader {

  /** Advice the report declines, and the finding it is about. */
  record Declined(String finding, String text, int sentence) {}

  record Read(List<FollowUp> followUps, List<Declined> declined) {}

  private static final Set<SectionKind> SKIPPED =
      EnumSet.of(SectionKind.INDICATION, SectionKind.HISTORY, SectionKind.TECHNIQUE,
          SectionKind.COMPARISON);

  private final FindingLinker linker;

  ReportAdviceReader(FindingLinker linker) {
    this.linker = linker;
  }

  Read read(List<Sentence> sentences, List<Finding> findings) {
    Map<String, FollowUp> followUps = new LinkedHashMap<>();
    List<Declined> declined = new ArrayList<>();
    for (Sentence sentence : sentences) {
      if (sentence.section() != null && SKIPPED.contains(sentence.section())
          || sentence.section() == SectionKind.BODY && Advice.isTitle(sentence.text())) {
        continue;
      }
      for (String clause : AdviceClauses.of(sentence.text())) {
        readClause(sentence, clause, findings, followUps, declined);
      }
    }
    return new Read(List.copyOf(followUps.values()), declined);
  }

  private void readClause(
      Sentence sentence,
      String clause,
      List<Finding> findings,
      Map<String, FollowUp> followUps,
      List<Declined> declined) {
    boolean inRecommendations = sentence.section() == SectionKind.RECOMMENDATION;
    Advice.Kind kind = Advice.of(clause, inRecommendations);
    if (kind != Advice.Kind.DECLINED && kind != Advice.Kind.RECOMMENDED) {
      return; // most clauses are not advice: do not look for procedures in them
    }
    Procedure procedure = Procedures.in(clause);
    int offset = sentence.start() + Math.max(0, sentence.text().indexOf(clause));
    if (kind == Advice.Kind.DECLINED) {
      String finding = linker.link(findings, sentence.index(), offset, procedure);
      declined.add(new Declined(finding, sentence.text().trim(), sentence.index()));
    } else if (kind == Advice.Kind.RECOMMENDED) {
      FollowUp followUp = followUp(sentence, clause, procedure, findings, offset);
      followUps.putIfAbsent(key(followUp), followUp);
    }
  }

  private FollowUp followUp(
      Sentence sentence, String clause, Procedure procedure, List<Finding> findings, int offset) {
    Interval interval = Intervals.read(clause);
    int at = sentence.text().indexOf(clause);
    if (!interval.hasDays() && at >= 0 && Advice.sharesTiming(sentence.text())) {
      interval = Intervals.read(sentence.text().substring(at)); // a timing at the end covers both
    }
    String finding = linker.link(findings, sentence.index(), offset, procedure);
    boolean onlyCorrelation = procedure == null && Advice.onlyCorrelation(clause);
    return new FollowUp(
        procedure != null
            ? procedure.name()
            : onlyCorrelation ? "clinical correlation" : "unspecified",
        procedure == null ? null : procedure.modality(),
        procedure == null ? null : procedure.region(),
        interval.minDays(),
        interval.maxDays(),
        Advice.conditional(clause),
        !onlyCorrelation,
        FollowUp.Source.REPORT,
        null,
        finding,
        sentence.text().trim(),
        sentence.index(),
        null);
  }

  /** The same advice repeated (findings and impression) is one follow-up. */
  private static String key(FollowUp f) {
    return f.procedure()
        + "|"
        + f.region()
        + "|"
        + f.minDays()
        + "|"
        + f.maxDays()
        + "|"
        + f.finding()
        + "|"
        + f.conditional();
  }
}
