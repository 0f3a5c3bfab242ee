package org.vigil.findings.followup;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether a clause of a report advises a follow-up, and how: declined ("no follow-up is
 * required"), historical ("was recommended previously"), conditional ("if symptoms persist").
 */
final class Advice {

  enum Kind {
    RECOMMENDED,
    DECLINED,
    HISTORICAL,
    NONE
  }

  // Package-private: CueTest holds their anchors to every alternative.
  static final Cue STRONG =
      Cue.of(
          "\\b(recommend\\w*|advis(e|ed|able)|would benefit|consider|(should|could|may|might) be"
              + " considered|for consideration|referr?al|refer|be"
              + " referred|recall\\w*|correlate|correlation|(should|to) be discussed|discuss(ion)?"
              + " (at|in) (the )?(\\w+ ){0,3}(mdt|multi-?disciplinary|meeting)|mdt"
              + " (discussion|meeting|review)|(to|should|needs? to|must) be followed up|clinical"
              + " review|please arrange|(as|if|where) clinically"
              + " (indicated|appropriate)|(could|may|might|can) be"
              + " (performed|obtained|arranged|helpful|useful|of value)|would be"
              + " (helpful|useful|advisable|of value)|warrant(s|ed)?|(is|are) indicated|should"
              + " (have|undergo|be (performed|arranged|obtained|repeated)))\\b"
              // "Immediate neurosurgical discussion", "urgent surgical review"
              + "|\\b(immediate|urgent|emergency|same[- ]day|prompt|early) (\\w+ ){0,2}(review|discussion"
              + "|opinion|assessment|consultation|input)\\b"
              // "suitable for CT-guided drainage", "amenable to percutaneous drainage"
              + "|\\b(suitable for|amenable to) (\\w+[- ]?){0,3}(drainage|aspiration|biopsy"
              + "|embolisation|embolization|stenting|ablation)\\b",
          "recommend", "advis", "benefit", "consider", "refer", "recall", "correlat",
          "be discussed", "discuss at", "discuss in", "discussion at", "discussion in", "mdt",
          "be followed up", "clinical review", "please arrange", "as clinically",
          "if clinically", "where clinically", "be perform", "be obtain", "be arrange",
          "be helpful", "be useful", "be of value", "warrant", "is indicated", "are indicated",
          "should", "immediate", "urgent", "emergency", "same", "prompt", "early",
          "suitable for", "amenable to");
  static final Cue WEAK =
      Cue.of(
          "\\b(suggest|suggested|follow[- ]?up|repeat|further"
              + " (assessment|evaluation|imaging|investigation|"
              + "characteri[sz]ation|views)|re-?imag(e|ing)|re-?scan|surveillance)\\b",
          "suggest", "follow-up", "follow up", "followup", "repeat", "further assessment",
          "further evaluation", "further imaging", "further investigation", "further characteri",
          "further views", "re-imag", "reimag", "re-scan", "rescan", "surveillance");
  /** "Routine recall in 3 years": a screening programme's own recall, not result follow-up. */
  private static final Pattern ROUTINE_PROGRAMME =
      Pattern.compile("\\b(routine (screening )?recall|return to routine (screening|recall)"
          + "|routine screening (in|at)|normal screening (interval|recall))\\b");
  private static final Pattern NECESSITY =
      Pattern.compile("\\b((is|are) (required|needed|necessary|advisable)|should|needs?|must)\\b");
  private static final Pattern REPORTED_STUDY =
      Pattern.compile(
          "\\b(shows?|showed|demonstrat\\w*|reveal\\w*|(was|were|has been|have been)"
              + " performed|dated|compared (with|to)|comparison|since the|on the"
              + " (previous|prior))\\b");
  private static final Pattern DECLINED =
      Pattern.compile(
          "\\b(no (further |routine |additional |specific |dedicated |radiological |imaging |formal"
              + " )*(follow[-"
              + " ]?up|imaging|action|investigations?|assessment|evaluation|surveillance|intervention|work-?up|treatment|management|review|referral)|(is|are)"
              + " not (required|needed|necessary|indicated|warranted|recommended|advised)|not"
              + " (required|needed|necessary|indicated|warranted)|no need|(does|do) not"
              + " (require|need|warrant)|nothing further|unnecessary|can be discharged)\\b");
  private static final Pattern PAST =
      Pattern.compile(
          "\\b((was|were|had been|has been|have been) (previously"
              + " )?(recommended|suggested|advised|requested|arranged)|(previously|prior)"
              + " (recommended|suggested|advised)|(previous|prior|earlier)"
              + " recommendation|(radiologist|reporter|report|we|i|they|he|she|team|mdt|clinician|surgeons?|consultant)"
              // "the MDT advised biopsy", not "Referral to the MDT advised." (elliptic "is advised")
              + " (previously |had |then )?(recommended|suggested|advised)(?!\\s*[.;]?\\s*$)|(has|have|was|were)"
              + " (already )?been (performed|done|completed|undertaken))\\b");
  private static final Pattern CURRENT =
      Pattern.compile(
          "\\b(as (previously |before |already"
              + " )?(recommended|suggested|advised)|again|remains?|still|reiterat\\w*|(is|are) (now"
              + " )?(recommended|suggested|advised)|recommend|suggest|advise|would"
              + " (recommend|suggest|advise))\\b");
  private static final Pattern NOT_ALREADY =
      Pattern.compile(
          "\\bif not (already|previously) (performed|done|arranged|undertaken|obtained)\\b");
  private static final Pattern CONDITIONAL =
      Pattern.compile(
          "\\b(if|unless|in the event (of|that)|in case of|depending on|where (clinically"
              + " )?(indicated|appropriate)|as (clinically"
              + " )?(indicated|appropriate|required|necessary)|should (the"
              + " )?(symptoms?|signs?|pain|there|it|this|clinical|patient|concern)\\w*)\\b");
  private static final Pattern CORRELATION =
      Pattern.compile(
          "\\b(correlat\\w*|(as|if|where) clinically (indicated|appropriate|required))\\b");
  private static final Pattern JOINED_ACTIONS = Pattern.compile(AdviceClauses.AND_ACTION);

  private Advice() {}

  /**
   * A study title ("CT CHEST (FOLLOW-UP)", "RIGHT MAMMOGRAM (6 MONTH FOLLOW-UP)"): capitals only,
   * no full stop and no advice verb. It names this study, it does not ask for another.
   */
  static boolean isTitle(String sentence) {
    String t = sentence.strip();
    return !t.isEmpty() && !t.endsWith(".") && t.chars().noneMatch(Character::isLowerCase)
        && !STRONG.in(t.toLowerCase(Locale.ROOT));
  }

  /** "Repeat bloods and clinical review in 1/52": actions joined by "and" share one timing. */
  static boolean sharesTiming(String sentence) {
    return JOINED_ACTIONS.matcher(sentence.toLowerCase(Locale.ROOT)).find();
  }

  /** A weak cue, or a clause that opens with a procedure, unless it reports a past study. */
  private static boolean weak(String lower, String clause) {
    return (WEAK.in(lower) || leadingProcedure(clause))
        && !REPORTED_STUDY.matcher(lower).find();
  }

  /**
   * How a clause advises. A strong cue ("recommend", "referral", "correlate") is enough; a weak cue
   * ("follow-up", "repeat", "suggest") needs a procedure, an interval or a "should/is required",
   * unless the clause is in a RECOMMENDATION section.
   */
  static Kind of(String clause, boolean recommendationSection) {
    String s = clause.toLowerCase(Locale.ROOT);
    boolean strong = STRONG.in(s);
    if (!strong && !weak(s, clause)) {
      return Kind.NONE; // most clauses: the cheap anchor checks decide, no pattern runs
    }
    if (ROUTINE_PROGRAMME.matcher(s).find()) {
      return Kind.NONE; // the screening programme recalls everyone: nothing for Vigil to track
    }
    if (DECLINED.matcher(s).find()) {
      return Kind.DECLINED;
    }
    if (PAST.matcher(s).find() && !CURRENT.matcher(s).find()) {
      return Kind.HISTORICAL;
    }
    boolean enough = strong || recommendationSection || NECESSITY.matcher(s).find();
    return enough || hasTimingOrProcedure(clause) ? Kind.RECOMMENDED : Kind.NONE;
  }

  static boolean conditional(String clause) {
    String s = NOT_ALREADY.matcher(clause.toLowerCase(Locale.ROOT)).replaceAll("");
    return CONDITIONAL.matcher(s).find();
  }

  /**
   * "Clinical correlation", "correlate clinically", "as clinically indicated": nothing to track.
   */
  static boolean onlyCorrelation(String clause) {
    return CORRELATION.matcher(clause.toLowerCase(Locale.ROOT)).find();
  }

  /** "Ultrasound if symptoms persist", "CT chest in 3 months": a procedure that opens a clause. */
  private static boolean leadingProcedure(String clause) {
    return Procedures.leads(clause) && (conditional(clause) || Intervals.read(clause).hasDays());
  }

  private static boolean hasTimingOrProcedure(String clause) {
    Procedure procedure = Procedures.in(clause);
    boolean specific = procedure != null && !procedure.name().equals("follow-up imaging");
    return specific || Intervals.read(clause).hasDays();
  }
}
