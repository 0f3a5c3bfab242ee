package org.vigil.findings.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.Assertion;
import org.vigil.findings.Finding;
import org.vigil.findings.Measurement;
import org.vigil.findings.Modifier;
import org.vigil.findings.SectionKind;
import org.vigil.findings.context.ContextAnalyser;
import org.vigil.findings.context.SentenceContext;
import org.vigil.findings.text.Laterality;
import org.vigil.findings.text.MeasurementReader;
import org.vigil.findings.text.ParsedReport;
import org.vigil.findings.text.SentenceSpan;
import org.vigil.findings.text.Tokens;

/**
 * Turns a parsed report into findings: concept mentions per sentence, their context, the
 * measurements attached to them, side and site, and the category each mention earns.
 * Sentences without a mention cost only the concept scan.
 */
public final class FindingReader {

  private final CompiledKnowledgeBase kb;
  private final ContextAnalyser context;
  private final MentionPolicy policy;

  public FindingReader(CompiledKnowledgeBase kb, ContextAnalyser context) {
    this(kb, context, MentionPolicy.loadDefault());
  }

  public FindingReader(CompiledKnowledgeBase kb, ContextAnalyser context, MentionPolicy policy) {
    this.kb = kb;
    this.context = context;
    this.policy = policy;
  }

  public List<Finding> read(ParsedReport report) {
    List<Finding> findings = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    Tokens tokens = report.tokens();
    RegionOf region = new RegionOf(tokens);
    for (SentenceSpan s : report.spans()) {
      mentions.clear();
      kb.mentions(tokens, s.firstToken(), s.endToken(), mentions, region);
      if (mentions.isEmpty()) {
        continue;
      }
      SentenceContext ctx = context.scan(tokens, s.firstToken(), s.endToken());
      List<Measurement> measurements = MeasurementReader.read(report.text(), s.start(), s.end());
      List<List<Measurement>> attached = MeasurementAttacher.attach(tokens, s.firstToken(),
          s.endToken(), mentions, measurements);
      for (int k = 0; k < mentions.size(); k++) {
        findings.add(finding(tokens, s, ctx, mentions.get(k), attached.get(k)));
      }
    }
    return findings;
  }

  private Finding finding(Tokens tokens, SentenceSpan s, SentenceContext ctx, Mention mention,
      List<Measurement> measurements) {
    Concept concept = mention.concept();
    Assertion assertion = ctx.assess(mention.first(), mention.end(), s.section());
    List<Modifier> modifiers = new ArrayList<>(assertion.modifiers());
    AlertCategory ruled = CategoryRules.categorise(kb, mention, tokens, s.firstToken(),
        s.endToken(), ctx, s.section(), measurements, modifiers);
    int start = tokens.start(mention.first());
    int end = tokens.end(mention.end() - 1);
    String site = concept.site() != null ? concept.site()
        : kb.siteNear(tokens, mention, s.firstToken(), s.endToken());
    return new Finding(concept.id(), concept.name(), concept.snomed(),
        earned(concept, assertion, ruled, s.section(), policy), assertion.negated(), assertion.uncertain(),
        assertion.historical(), assertion.hypothetical(), assertion.experiencer(), s.section(),
        s.index(), start, end, tokens.text().substring(start, end),
        Laterality.of(tokens, mention.first(), mention.end(), s.firstToken(), s.endToken()),
        site, measurements, modifiers);
  }

  /** Which concepts' regions the report is about, worked out once and only when asked. */
  private final class RegionOf implements Predicate<Concept> {
    private final Tokens tokens;
    private Set<Concept> inRegion;

    RegionOf(Tokens tokens) {
      this.tokens = tokens;
    }

    @Override
    public boolean test(Concept concept) {
      if (inRegion == null) {
        inRegion = kb.conceptsInRegion(tokens, 0, tokens.size());
      }
      return inRegion.contains(concept);
    }
  }

  /**
   * Negated, hypothetical and someone else's mentions earn NONE, and so does anything in the
   * referrer's clinical details or the past history (the question or history, not a finding of
   * this study); hedged, historical and progressing mentions per the alert policy.
   */
  static AlertCategory earned(Concept concept, Assertion a, AlertCategory ruled,
      SectionKind section, MentionPolicy policy) {
    if (a.negated() || a.hypothetical() || !"patient".equals(a.experiencer())
        || section == SectionKind.INDICATION || section == SectionKind.HISTORY) {
      return AlertCategory.NONE;
    }
    return policy.apply(ruled, a.uncertain(), a.historical(), concept.historical(),
        a.modifiers());
  }
}
