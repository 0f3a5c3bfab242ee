package org.vigil.findings.followup;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a guidelines file so that a mistake is refused at load, not found at the bedside. */
final class GuidelineChecks {

  private GuidelineChecks() {}

  static void check(String version, List<Guideline> guidelines) {
    require(!blank(version), "guidelines file has no version");
    require(!guidelines.isEmpty(), "guidelines file has no guidelines");
    Set<String> ids = new HashSet<>();
    for (Guideline guideline : guidelines) {
      checkGuideline(guideline);
      require(ids.add(guideline.id()), "duplicate guideline id " + guideline.id());
    }
  }

  private static void checkGuideline(Guideline g) {
    require(!blank(g.id()), "a guideline has no id");
    String at = "guideline " + g.id() + ": ";
    require(
        !blank(g.name()) && !blank(g.source()) && !blank(g.version()),
        at + "name, source and version are required");
    require(!g.appliesTo().isEmpty(), at + "applies_to is empty");
    require(!g.rules().isEmpty(), at + "no rules");
    Set<String> ruleIds = new HashSet<>();
    for (GuidelineRule rule : g.rules()) {
      checkRule(at, rule);
      require(ruleIds.add(rule.id()), at + "duplicate rule id " + rule.id());
    }
  }

  private static void checkRule(String at, GuidelineRule rule) {
    require(!blank(rule.id()), at + "a rule has no id");
    String here = at + "rule " + rule.id() + ": ";
    require(rule.action() != null, here + "action is required (follow_up or none)");
    require(
        !blank(rule.source()) && !blank(rule.advice()), here + "source and advice are required");
    require(
        rule.when().stream().allMatch(Features.KNOWN::contains),
        here + "unknown feature in when " + rule.when() + "; known: " + Features.KNOWN);
    if (rule.recommendsFollowUp()) {
      require(!blank(rule.procedure()), here + "a follow-up needs a procedure");
      require(rule.minDays() != null && rule.maxDays() != null, here + "min_days and max_days");
      require(
          rule.minDays() >= 0 && rule.minDays() <= rule.maxDays(), here + "min_days > max_days");
      require(rule.timing() != null, here + "timing is required (guideline or vigil_default)");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
