package org.vigil.findings.followup;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the procedure a follow-up asks for. The first procedure named in the text counts. Imaging
 * gets a modality (CT, MR, US, XR, NM for nuclear medicine including PET, MG, FL) and the region
 * named nearest to it; referral, MDT discussion, clinical review, biopsy and endoscopy get none.
 */
final class Procedures {

  private record Kind(
      String words, Pattern pattern, String name, String modality, String impliedRegion) {}

  private static final List<Kind> KINDS =
      List.of(
          kind("pet[\\s/-]*ct|pet|fdg", "PET-CT", "NM", null),
          kind("ctpa|ct pulmonary angiogra\\w*", "CT pulmonary angiogram", "CT", "chest"),
          kind("ct colonography|ctc", "CT colonography", "CT", "abdomen"),
          kind("hrct", "HRCT chest", "CT", "chest"),
          kind("eus|endoscopic ultraso\\w*", "endoscopic ultrasound", null, null),
          kind("ct|computed tomography|cat scan", "CT", "CT", null),
          kind("mrcp", "MRCP", "MR", "pancreas"),
          kind("mri?|magnetic resonance", "MRI", "MR", null),
          kind("echocardiog\\w*|echo", "echocardiogram", "US", "heart"),
          kind("transvaginal ultraso\\w*|tvs|tvus", "ultrasound pelvis", "US", "pelvis"),
          kind("ultraso\\w*|sonograph\\w*|doppler|uss?", "ultrasound", "US", null),
          kind("mammog\\w*|mammo", "mammogram", "MG", "breast"),
          kind("cxr|chest (x-?rays?|radiographs?|films?)", "chest X-ray", "XR", "chest"),
          kind("axr", "abdominal X-ray", "XR", "abdomen"),
          kind("x-?rays?|radiographs?|plain films?", "X-ray", "XR", null),
          kind(
              "barium \\w+|contrast (swallow|enema|meal|study)|fluoroscop\\w*",
              "fluoroscopy",
              "FL",
              null),
          kind(
              "bone scan|isotope \\w+|scintigra\\w*|spect|mibg|octreotide|dmsa|mag3|nuclear"
                  + " medicine",
              "nuclear medicine",
              "NM",
              null),
          kind(
              "biops\\w*|tissue (sampling|diagnosis)|fna|fine needle aspiration",
              "biopsy",
              null,
              null),
          kind("colonoscop\\w*", "colonoscopy", null, null),
          kind("endoscop\\w*|ogd|gastroscop\\w*", "endoscopy", null, null),
          kind("bronchoscop\\w*", "bronchoscopy", null, null),
          kind("cystoscop\\w*", "cystoscopy", null, null),
          kind("mdt|multi-?disciplinary|tumou?r board", "MDT discussion", null, null),
          kind(
              "referr?al|refer|referred|specialist opinion|surgical opinion",
              "referral",
              null,
              null),
          kind(
              "clinical (review|assessment|examination)|clinic review|review in clinic|gp review|"
                  + "(fracture|outpatient|\\w+) clinic",
              "clinical review",
              null,
              null),
          kind("recall\\w*", "recall", null, null),
          kind(
              "tumou?r markers?|inflammatory markers?|crp|psa|ca-?125|cea|afp|lfts?|"
                  + "liver function tests?|blood (tests?|results)|bloods",
              "blood tests",
              null,
              null),
          kind(
              "follow[- ]?up (imaging|scan|study)|further"
                  + " (imaging|assessment|evaluation|investigation|characteri[sz]ation)|repeat"
                  + " (imaging|scan|study)|re-?imag\\w*|re-?scan\\w*|follow[- ]?up",
              "follow-up imaging",
              null,
              null));

  /** The specific kinds (all but the last, "follow-up imaging"). */
  private static final List<Kind> SPECIFIC_KINDS = KINDS.subList(0, KINDS.size() - 1);

  /**
   * Any specific kind, each in a named group "k0", "k1"... in the order of {@link #KINDS}: one scan
   * of the text finds where the first procedure is named and, at that place, the first kind in
   * order, which is what trying each kind's own pattern in turn finds. The word boundary that
   * opens every kind is tested once per place, not once per kind. Package-private, as is {@link
   * #LEAD_IN}: ProcedureOpeningsTest holds the openings to them.
   */
  static final Pattern ANY_SPECIFIC = anyOf(SPECIFIC_KINDS);

  private Procedures() {}

  /** The first procedure named in {@code text}, or null when none (e.g. "clinical correlation"). */
  static Procedure in(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher any = firstSpecific(lower);
    if (any == null) {
      return named(KINDS.get(KINDS.size() - 1), text, lower);
    }
    if (!usAsPronoun(text.substring(any.start(), any.end()))) {
      return describe(kindOf(any), lower, any.start());
    }
    return firstNamed(text, lower); // "let us know ...": look again, kind by kind
  }

  /**
   * {@link #ANY_SPECIFIC} after {@code find()} on {@code lower}, or null when nothing is found.
   * The pattern only runs where {@link ProcedureOpenings} says a procedure can start: the first
   * place it matches there is the first place {@code find()} reaches, with the same match.
   */
  static Matcher firstSpecific(String lower) {
    Matcher any = ANY_SPECIFIC.matcher(lower).useTransparentBounds(true); // \b sees before
    for (int at = 0; at < lower.length(); at++) {
      if (ProcedureOpenings.mayStartAt(lower, at) && any.region(at, lower.length()).lookingAt()) {
        return any;
      }
    }
    return null;
  }

  /** The first procedure named, trying each kind's own pattern in turn. */
  private static Procedure firstNamed(String text, String lower) {
    Kind first = null;
    int firstAt = Integer.MAX_VALUE;
    for (Kind kind : SPECIFIC_KINDS) {
      int at = firstAt(kind, text, lower);
      if (at < firstAt) {
        first = kind;
        firstAt = at;
      }
    }
    // "follow-up" or "further imaging" only when nothing more specific is named
    return first == null ? named(KINDS.get(KINDS.size() - 1), text, lower)
        : describe(first, lower, firstAt);
  }

  private static Procedure named(Kind kind, String text, String lower) {
    int at = firstAt(kind, text, lower);
    return at == Integer.MAX_VALUE ? null : describe(kind, lower, at);
  }

  static final Pattern LEAD_IN =
      Pattern.compile(
          "^(?:(?:a|an|the|repeat|further|follow[-"
              + " ]?up|urgent|interval|dedicated|non-?urgent|early|"
              + "outpatient|formal|renal|pelvic|abdominal|chest|thoracic|liver|hepatic|thyroid|breast|"
              + "brain|head|neck|spinal|cardiac|adrenal|pancreatic|contrast-enhanced|contrast)\\s+)*");

  /** True when the text opens with a specific procedure: "Ultrasound if symptoms persist". */
  static boolean leads(String text) {
    String stripped = text.strip();
    String lower = stripped.toLowerCase(Locale.ROOT);
    if (!ProcedureOpenings.mayOpen(lower)) {
      return false; // most clauses: no pattern runs
    }
    Matcher lead = LEAD_IN.matcher(lower);
    String rest = stripped.substring(lead.lookingAt() ? lead.end() : 0);
    String lowerRest = rest.toLowerCase(Locale.ROOT);
    Matcher any = ANY_SPECIFIC.matcher(lowerRest);
    if (!any.lookingAt()) {
      return false;
    }
    return !usAsPronoun(rest.substring(0, any.end()))
        || SPECIFIC_KINDS.stream().anyMatch(kind -> startsWith(kind, rest, lowerRest));
  }

  /** True when the text starts with this kind of procedure (anchored: no scan of the sentence). */
  private static boolean startsWith(Kind kind, String text, String lower) {
    Matcher m = kind.pattern().matcher(lower);
    return m.lookingAt() && !usAsPronoun(text.substring(0, m.end()));
  }

  private static Procedure describe(Kind kind, String lower, int at) {
    String region = kind.impliedRegion();
    if (kind.modality() != null && region == null) {
      region = Regions.in(lower.substring(Math.max(0, at - 20), Math.min(lower.length(), at + 45)));
    }
    String name = kind.name();
    if (kind.modality() != null && kind.impliedRegion() == null && region != null) {
      name = name + " " + region.replace('+', ' ');
    }
    return new Procedure(name, kind.modality(), region);
  }

  private static int firstAt(Kind kind, String text, String lower) {
    Matcher m = kind.pattern().matcher(lower);
    while (m.find()) {
      if (!usAsPronoun(text.substring(m.start(), m.end()))) {
        return m.start();
      }
    }
    return Integer.MAX_VALUE;
  }

  /** "US"/"USS" only in capitals: "let us know" is not an ultrasound. */
  private static boolean usAsPronoun(String found) {
    return US_ANY_CASE.matcher(found).matches() && !US_CAPITALS.matcher(found).matches();
  }

  private static final Pattern US_ANY_CASE = Pattern.compile("(?i)uss?");
  private static final Pattern US_CAPITALS = Pattern.compile("USS?");

  private static Pattern anyOf(List<Kind> kinds) {
    StringBuilder regex = new StringBuilder("\\b(?:");
    for (int i = 0; i < kinds.size(); i++) {
      regex.append(i == 0 ? "" : "|").append("(?<k").append(i).append(">(");
      regex.append(kinds.get(i).words()).append(")\\b)");
    }
    return Pattern.compile(regex.append(')').toString());
  }

  /** The kind whose group matched in {@link #ANY_SPECIFIC}. */
  private static Kind kindOf(Matcher any) {
    for (int i = 0; ; i++) {
      if (any.start("k" + i) >= 0) {
        return SPECIFIC_KINDS.get(i);
      }
    }
  }

  private static Kind kind(String regex, String name, String modality, String impliedRegion) {
    return new Kind(
        regex, Pattern.compile("\\b(" + regex + ")\\b"), name, modality, impliedRegion);
  }
}
