package org.vigil.findings.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.vigil.findings.Assertion;
import org.vigil.findings.FindingsEngine;
import org.vigil.findings.ReportAnalysis;
import org.vigil.findings.ReportInput;

/**
 * Runs an engine over a corpus and scores it. The engine is given as two functions so the
 * arithmetic can be tested with hand-made results.
 */
public final class Evaluator {

  private final Function<ReportInput, ReportAnalysis> analyse;
  private final BiFunction<String, String, Assertion> assess;

  public Evaluator(
      Function<ReportInput, ReportAnalysis> analyse, BiFunction<String, String, Assertion> assess) {
    this.analyse = analyse;
    this.assess = assess;
  }

  public static Evaluator of(FindingsEngine engine) {
    return new Evaluator(engine::analyse, engine::assess);
  }

  public EvaluationSummary evaluate(Corpus corpus) {
    List<EvaluationError> errors = new ArrayList<>();
    ReportScores reports = new ReportScores(labelledConcepts(corpus), errors);
    FollowUpScores followUps = new FollowUpScores(errors);
    SentenceScores sentences = new SentenceScores(errors);
    int failures = scoreReports(corpus.reports(), reports, followUps);
    failures += scoreSentences(corpus.sentences(), sentences);
    return new EvaluationSummary(
        corpus.reports().size(),
        corpus.sentences().size(),
        reports.concepts(),
        reports.unscored(),
        reports.sum(c -> true),
        reports.negation(),
        reports.sum(ConceptGroups.CRITICAL::contains),
        reports.confusion(),
        sentences.modifiers(),
        followUps.summary(),
        errors,
        failures);
  }

  /** Every concept the corpus labels anywhere: only these can be judged right or wrong. */
  static Set<String> labelledConcepts(Corpus corpus) {
    Set<String> labelled = new TreeSet<>();
    corpus.sentences().forEach(s -> labelled.add(s.concept()));
    corpus.reports().forEach(r -> r.findings().forEach(f -> labelled.add(f.concept())));
    ConceptGroups.GENERAL.forEach((specific, generals) -> {
      if (labelled.contains(specific) || generals.stream().anyMatch(labelled::contains)) {
        labelled.add(specific);
        labelled.addAll(generals);
      }
    });
    return labelled;
  }

  /** Scores every report; returns how many the engine could not analyse. */
  private int scoreReports(List<CorpusReport> corpus, ReportScores reports, FollowUpScores followUps) {
    int failures = 0;
    for (CorpusReport report : corpus) {
      ReportAnalysis analysis;
      try {
        analysis = Objects.requireNonNull(analyse.apply(report.toInput()), "no analysis");
      } catch (RuntimeException e) {
        failures++;
        reports.addFailure(report, e);
        followUps.add(report.id(), report.followUps(), ReportScores.nothingFound(report.id()));
        continue;
      }
      reports.add(report, analysis);
      followUps.add(report.id(), report.followUps(), analysis);
    }
    return failures;
  }

  /** Scores every sentence; returns how many the engine could not assess. */
  private int scoreSentences(List<CorpusSentence> corpus, SentenceScores sentences) {
    int failures = 0;
    for (CorpusSentence sentence : corpus) {
      Assertion assertion;
      try {
        assertion = Objects.requireNonNull(
            assess.apply(sentence.sentence(), sentence.target()), "no assertion");
      } catch (RuntimeException e) {
        failures++;
        sentences.addFailure(sentence, e);
        continue;
      }
      sentences.add(sentence, assertion);
    }
    return failures;
  }
}
