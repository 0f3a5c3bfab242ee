package org.vigil.findings.followup;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Feature tokens read from a finding's sentence (and, for patient facts such as menopause, the
 * whole report), matched by the {@code when:} conditions of guideline rules.
 */
final class Features {

  static final Set<String> KNOWN =
      Set.of(
          "solid",
          "ground_glass",
          "part_solid",
          "subsolid",
          "single",
          "multiple",
          "size_known",
          "size_unknown",
          "age_unknown",
          "age_under_35",
          "age_35_plus",
          "postmenopausal",
          "premenopausal",
          "not_premenopausal",
          "menopause_unknown",
          "hu_below_10",
          "stable_1_year",
          "stable_2_years",
          "high_risk_liver",
          "bosniak_1_or_2",
          "bosniak_2f",
          "bosniak_3",
          "bosniak_4");

  private static final Pattern PART_SOLID =
      Pattern.compile("\\b(part[- ]?solid|semi[- ]?solid|mixed (solid|density|attenuation))\\b");
  private static final Pattern GROUND_GLASS =
      Pattern.compile("\\b(ground[- ]?glass|non[- ]?solid|ggn|ggo)\\b");
  private static final Pattern SUBSOLID = Pattern.compile("\\bsub[- ]?solid\\b");
  private static final java.util.List<String> MULTIPLE =
      java.util.List.of(
          "multiple",
          "several",
          "numerous",
          "nodules",
          "another nodule",
          "further nodule",
          "additional nodule",
          "second nodule",
          "micronodules");
  private static final Cue POST = Cue.of("\\bpost[- ]?menopaus", "menopaus");
  private static final Cue PRE =
      Cue.of(
          "\\b(pre[- ]?menopaus|menstruat|lmp\\b|last menstrual|pregnan)",
          "menopaus", "menstruat", "lmp", "last menstrual", "pregnan");
  private static final Pattern HU = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s*(?:hu|hounsfield)\\b");
  private static final Pattern STABLE =
      Pattern.compile(
          "\\b(?:stable|unchanged|no (?:significant"
              + " )?change)\\b[^.;]{0,60}?\\b(\\d+(?:\\.\\d+)?)\\s*(years?|yrs?|months?)\\b");
  private static final Cue HIGH_RISK_LIVER =
      Cue.of(
          "\\b(cirrho\\w*|hepatitis|known"
              + " (primary|malignancy|cancer|carcinoma)|oncology|staging)\\b",
          "cirrho", "hepatitis", "known ", "oncology", "staging");
  private static final Pattern BOSNIAK =
      Pattern.compile(
          "\\bbosniak\\s*(?:class\\s*|category\\s*)?(ii-?f|2-?f|iv|iii|ii|i|4|3|2|1)\\b");

  private Features() {}

  /** The tokens for one lesion: its sentence, its largest size (null if none) and the report's. */
  static Set<String> of(String sentence, Double largestMm, Set<String> ofReport) {
    String s = sentence == null ? "" : sentence.toLowerCase(Locale.ROOT);
    Set<String> tokens = new HashSet<>(ofReport);
    tokens.add(largestMm == null ? "size_unknown" : "size_known");
    tokens.add("age_unknown");
    tokens.add(MULTIPLE.stream().anyMatch(p -> Phrases.affirmedIn(p, s)) ? "multiple" : "single");
    addNoduleType(s, tokens);
    addAttenuationAndStability(s, tokens);
    addBosniak(s, tokens);
    return tokens;
  }

  /** The tokens read from the whole report (patient facts): read once for all its lesions. */
  static Set<String> ofReport(String report) {
    String lower = report == null ? "" : report.toLowerCase(Locale.ROOT);
    Set<String> tokens = new HashSet<>();
    addMenopause(lower, tokens);
    if (HIGH_RISK_LIVER.in(lower)) {
      tokens.add("high_risk_liver");
    }
    return tokens;
  }

  private static void addNoduleType(String s, Set<String> tokens) {
    if (PART_SOLID.matcher(s).find()) {
      tokens.addAll(Set.of("part_solid", "subsolid"));
    } else if (GROUND_GLASS.matcher(s).find()) {
      tokens.addAll(Set.of("ground_glass", "subsolid"));
    } else if (SUBSOLID.matcher(s).find()) {
      tokens.addAll(Set.of("part_solid", "subsolid")); // type unstated: the shorter interval
    } else {
      tokens.add("solid");
    }
  }

  private static void addMenopause(String report, Set<String> tokens) {
    if (POST.in(report)) {
      tokens.addAll(Set.of("postmenopausal", "not_premenopausal"));
    } else if (PRE.in(report)) {
      tokens.add("premenopausal");
    } else {
      tokens.addAll(Set.of("menopause_unknown", "not_premenopausal"));
    }
  }

  private static void addAttenuationAndStability(String s, Set<String> tokens) {
    Matcher hu = HU.matcher(s);
    if (hu.find() && Double.parseDouble(hu.group(1)) < 10) {
      tokens.add("hu_below_10");
    }
    Matcher stable = STABLE.matcher(s);
    if (stable.find()) {
      double years = Double.parseDouble(stable.group(1));
      years = stable.group(2).startsWith("month") ? years / 12 : years;
      if (years >= 1) {
        tokens.add("stable_1_year");
      }
      if (years >= 2) {
        tokens.add("stable_2_years");
      }
    }
  }

  private static void addBosniak(String s, Set<String> tokens) {
    Matcher m = BOSNIAK.matcher(s);
    if (!m.find()) {
      return;
    }
    String grade = m.group(1).replace("-", "");
    switch (grade) {
      case "iif", "2f" -> tokens.add("bosniak_2f");
      case "iii", "3" -> tokens.add("bosniak_3");
      case "iv", "4" -> tokens.add("bosniak_4");
      default -> tokens.add("bosniak_1_or_2");
    }
  }
}
