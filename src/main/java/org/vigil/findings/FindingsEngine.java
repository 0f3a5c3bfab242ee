package org.vigil.findings;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.vigil.findings.context.ContextAnalyser;
import org.vigil.findings.context.ContextRules;
import org.vigil.findings.followup.FollowUpRecommendations;
import org.vigil.findings.kb.AlertFlags;
import org.vigil.findings.kb.MentionPolicy;
import org.vigil.findings.kb.CompiledKnowledgeBase;
import org.vigil.findings.kb.FindingReader;
import org.vigil.findings.kb.KnowledgeBase;
import org.vigil.findings.kb.KnowledgeBaseLoader;
import org.vigil.findings.text.ParsedReport;
import org.vigil.findings.text.SentenceSpan;
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
  private final String version;

  public FindingsEngine(KnowledgeBase knowledgeBase, ContextRules contextRules,
      FollowUpReader followUps) {
    this(knowledgeBase, contextRules, MentionPolicy.loadDefault(), followUps);
  }

  public FindingsEngine(KnowledgeBase knowledgeBase, ContextRules contextRules,
      MentionPolicy policy, FollowUpReader followUps) {
    this.knowledgeBase = new CompiledKnowledgeBase(knowledgeBase);
    this.context = new ContextAnalyser(contextRules);
    this.reader = new FindingReader(this.knowledgeBase, context, policy);
    this.followUps = Objects.requireNonNull(followUps, "followUps");
    this.version = EngineVersion.of(knowledgeBase.version(), knowledgeBase, contextRules, policy,
        followUps.definition());
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

  /**
   * Why each finding of {@code text} was read as it was (the findings page's explanation): the
   * same reading as {@link #analyse}, in the same order, with every context trigger's scope and
   * the alert-policy steps. Nothing of it is stored; re-run on view with this engine.
   */
  public List<MentionExplanation> explain(String text) {
    Objects.requireNonNull(text, "report text");
    return reader.explain(ParsedReport.parse(text), knowledgeBase.version());
  }

  /**
   * The assertion context of {@code target} (a phrase occurring in {@code sentence}). A heading
   * at the start of the sentence ("INDICATION: ?PE", "History: ...") sets its section, read by
   * the same parser as whole reports, so a question in the clinical details is hypothetical.
   */
  public Assertion assess(String sentence, String target) {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(target, "target");
    int at = TextSearch.find(sentence, target);
    if (at < 0) {
      throw new IllegalArgumentException("target not found in sentence");
    }
    return assessAt(sentence, at, at + target.strip().length());
  }

  /**
   * The assertion context of the words at [start, end) of a whole report, read with its sections
   * and sentences as {@link #analyse} reads them (the evaluation of labelled real reports).
   */
  public Assertion assessAt(String text, int start, int end) {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end > text.length() || start >= end) {
      throw new IllegalArgumentException("no words at [" + start + ", " + end + ")");
    }
    String target = text.substring(start, end);
    ParsedReport parsed = ParsedReport.parse(text);
    SentenceSpan span = spanAt(parsed, start);
    if (span == null) {
      Tokens tokens = Tokenizer.tokenize(text);
      return assess(tokens, 0, tokens.size(), start, target, SectionKind.BODY);
    }
    return assess(parsed.tokens(), span.firstToken(), span.endToken(), start, target,
        span.section());
  }

  private Assertion assess(Tokens tokens, int from, int to, int at, String target,
      SectionKind section) {
    int first = Math.max(from, tokens.tokenEndingAfter(at));
    int end = tokens.tokenAtOrAfter(at + target.strip().length(), first, to);
    if (first >= end) {
      throw new IllegalArgumentException("target has no words");
    }
    return context.scan(tokens, from, to).assess(first, end, section);
  }

  /** The parsed sentence holding offset {@code at}, or null when no sentence starts before it. */
  private static SentenceSpan spanAt(ParsedReport parsed, int at) {
    SentenceSpan found = null;
    for (SentenceSpan s : parsed.spans()) {
      if (s.start() <= at) {
        found = s;
      }
    }
    return found;
  }

  /**
   * The engine version stored with every reading and keying re-analysis: the knowledge base's
   * version, "+", and a digest of every input (knowledge base, context rules, alert policy,
   * follow-up guidelines, code), e.g. "2026.12.1+3f9a0c12d4e5". Kept under this name so the
   * readings store and the CLI's "knowledge_base" field need no change.
   */
  public String knowledgeBaseVersion() {
    return version;
  }

  /** The knowledge base file's own version ("2026.12.1"). */
  public String knowledgeBaseFileVersion() {
    return knowledgeBase.version();
  }
}
