package org.vigil.findings;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.vigil.findings.context.ContextAnalyser;
import org.vigil.findings.context.ContextRules;
import org.vigil.findings.followup.FollowUpRecommendations;
import org.vigil.findings.kb.AlertFlags;
import org.vigil.findings.kb.CompiledKnowledgeBase;
import org.vigil.findings.kb.FindingReader;
import org.vigil.findings.kb.KnowledgeBase;
import org.vigil.findings.kb.KnowledgeBaseLoader;
import org.vigil.findings.text.ParsedReport;
import org.vigil.findings.text.TextSearch;
import org.vigil.findings.text.Tokens;
import org.vigil.findings.text.Tokenizer;

/**
 * The findings engine: compile a knowledge base once, then analyse any number of reports from
 * any number of threads. Deterministic; no network.
 */
public final class FindingsEngine {

  private final CompiledKnowledgeBase knowledgeBase;
  private final ContextAnalyser context;
  private final FindingReader reader;
  private final FollowUpReader followUps;

  public FindingsEngine(KnowledgeBase knowledgeBase, ContextRules contextRules,
      FollowUpReader followUps) {
    this.knowledgeBase = new CompiledKnowledgeBase(knowledgeBase);
    this.context = new ContextAnalyser(contextRules);
    this.reader = new FindingReader(this.knowledgeBase, context);
    this.followUps = Objects.requireNonNull(followUps, "followUps");
  }

  /** The engine over the knowledge base shipped in the jar. */
  public static FindingsEngine withDefaultKnowledgeBase() {
    return withDefaultKnowledgeBase(FollowUpRecommendations.fromClasspath());
  }

  /** The engine over a trust's knowledge-base file, with the default follow-up guidelines. */
  public static FindingsEngine withKnowledgeBase(Path file) {
    return withKnowledgeBase(file, FollowUpRecommendations.fromClasspath());
  }

  public static FindingsEngine withDefaultKnowledgeBase(FollowUpReader followUps) {
    return withKnowledgeBase(KnowledgeBaseLoader.loadDefault(), followUps);
  }

  /** The engine over a trust's file (whole, or laid over the default with extends: default). */
  public static FindingsEngine withKnowledgeBase(Path file, FollowUpReader followUps) {
    return withKnowledgeBase(KnowledgeBaseLoader.load(file), followUps);
  }

  public static FindingsEngine withKnowledgeBase(KnowledgeBase kb, FollowUpReader followUps) {
    return new FindingsEngine(kb, ContextRules.loadDefault(), followUps);
  }

  /** Analyses one report. */
  public ReportAnalysis analyse(ReportInput report) {
    Objects.requireNonNull(report, "report");
    String text = Objects.requireNonNull(report.text(), "report text");
    ParsedReport parsed = ParsedReport.parse(text);
    List<Finding> findings = reader.read(parsed);
    AlertCategory category = AlertCategory.NONE;
    for (Finding f : findings) {
      category = AlertCategory.mostUrgent(category, f.category());
    }
    List<FollowUp> recommended = followUps.read(text, parsed.sentences(), findings);
    return new ReportAnalysis(report.id(), category, category.needsCommunication(),
        AlertFlags.agreement(report.flag(), findings), findings, recommended,
        knowledgeBaseVersion());
  }

  /** The assertion context of {@code target} (a phrase occurring in {@code sentence}). */
  public Assertion assess(String sentence, String target) {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(target, "target");
    int at = TextSearch.find(sentence, target);
    if (at < 0) {
      throw new IllegalArgumentException("target not found in sentence");
    }
    Tokens tokens = Tokenizer.tokenize(sentence);
    int first = tokens.tokenEndingAfter(at);
    int end = tokens.tokenAtOrAfter(at + target.strip().length(), first, tokens.size());
    if (first >= end) {
      throw new IllegalArgumentException("target has no words");
    }
    return context.scan(tokens, 0, tokens.size()).assess(first, end, SectionKind.BODY);
  }

  /** The version of the compiled knowledge base. */
  public String knowledgeBaseVersion() {
    return knowledgeBase.version();
  }
}
