package org.vigil.findings.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.Assertion;
import org.vigil.findings.Finding;
import org.vigil.findings.Measurement;
import org.vigil.findings.MentionExplanation;
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
    visit(report, (s, ctx, mention, measurements) ->
        findings.add(finding(report.tokens(), s, ctx, mention, measurements, null)));
    return findings;
  }

  /**
   * The findings of {@link #read} with why each was read so: every trigger's scope in its
   * sentence, the section's effect and the alert-policy steps. For a page, not the hot path.
   */
  public List<MentionExplanation> explain(ParsedReport report, String knowledgeBaseVersion) {
    List<MentionExplanation> out = new ArrayList<>();
    Tokens tokens = report.tokens();
    visit(report, (s, ctx, mention, measurements) -> {
      List<String> steps = new ArrayList<>();
      AlertCategory[] ruled = new AlertCategory[1];
      Finding f = finding(tokens, s, ctx, mention, measurements, (r, why) -> {
        ruled[0] = r;
        steps.addAll(why);
      });
      out.add(new MentionExplanation(f, s.start(), s.end(), knowledgeBaseVersion,
          ctx.trace(mention.first(), mention.end(), s.section()),
          sectionEffect(s.section(), f.modifiers()), ruled[0], steps));
    });
    return out;
  }

  /** What the section heading did to this mention, read from the modifiers it set. */
  private static String sectionEffect(SectionKind section, List<Modifier> modifiers) {
    String name = section.name().toLowerCase(Locale.ROOT);
    for (Modifier m : modifiers) {
      if (m.trigger().startsWith("section:")) {
        String kind = m.kind().equals("known") ? "historical (known)" : m.kind();
        String why = m.trigger().contains("stated diagnosis")
            ? " (a diagnosis stated plainly in the clinical details is the patient's history)"
            : "";
        return "the " + name + " heading made the mention " + kind + why;
      }
    }
    if (section == SectionKind.INDICATION || section == SectionKind.TECHNIQUE) {
      return "the " + name + " heading set no modifier here: a trigger in the sentence already"
          + " said what the mention is (history, someone else)";
    }
    return "the " + name + " heading sets no modifier";
  }

  /** Receives each mention of each sentence, with its context and attached measurements. */
  private interface MentionVisitor {
    void visit(SentenceSpan s, SentenceContext ctx, Mention mention, List<Measurement> measurements);
  }

  /** Receives the category the rules gave and the policy steps that led to the earned one. */
  private interface PolicyTrace {
    void record(AlertCategory ruled, List<String> steps);
  }

  private void visit(ParsedReport report, MentionVisitor visitor) {
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
        visitor.visit(s, ctx, mentions.get(k), attached.get(k));
      }
    }
  }

  private Finding finding(Tokens tokens, SentenceSpan s, SentenceContext ctx, Mention mention,
      List<Measurement> measurements, PolicyTrace trace) {
    Concept concept = mention.concept();
    Assertion assertion = ctx.assess(mention.first(), mention.end(), s.section());
    List<Modifier> modifiers = new ArrayList<>(assertion.modifiers());
    AlertCategory ruled = CategoryRules.categorise(kb, mention, tokens, s.firstToken(),
        s.endToken(), ctx, s.section(), measurements, modifiers);
    int start = tokens.start(mention.first());
    int end = tokens.end(mention.end() - 1);
    String site = concept.site() != null ? concept.site()
        : kb.siteNear(tokens, mention, s.firstToken(), s.endToken());
    List<String> steps = trace == null ? null : new ArrayList<>();
    AlertCategory earned = earned(concept, assertion, ruled, s.section(), policy, steps);
    if (trace != null) {
      trace.record(ruled, steps);
    }
    return new Finding(concept.id(), concept.name(), concept.snomed(),
        earned, assertion.negated(), assertion.uncertain(),
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
    return earned(concept, a, ruled, section, policy, null);
  }

  /** As above, adding to {@code why} (when not null) each step in plain words. */
  static AlertCategory earned(Concept concept, Assertion a, AlertCategory ruled,
      SectionKind section, MentionPolicy policy, List<String> why) {
    String suppressedBy = a.negated() ? "negated"
        : a.hypothetical() ? "hypothetical"
        : !"patient".equals(a.experiencer()) ? "about someone other than the patient"
        : section == SectionKind.INDICATION ? "in the clinical details (the referrer's words)"
        : section == SectionKind.HISTORY ? "in the past history"
        : null;
    if (why != null) {
      why.add("the concept's rules give " + ruled + (ruled == concept.category() ? ""
          : " (its base category is " + concept.category() + ")"));
    }
    if (suppressedBy != null) {
      if (why != null) {
        why.add("the mention is " + suppressedBy + ", so it earns NONE (fixed rule, not"
            + " configurable: a mention that is not a finding of this study never alerts)");
      }
      return AlertCategory.NONE;
    }
    return policy.apply(ruled, a.uncertain(), a.historical(), concept.historical(),
        a.modifiers(), why);
  }
}
