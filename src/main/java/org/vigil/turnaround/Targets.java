package org.vigil.turnaround;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.vigil.record.Exam;
import org.vigil.record.PatientClass;
import org.vigil.record.Priority;

/**
 * The turnaround targets in effect: how long after being performed an examination must be
 * reported, and when it joins a fail-safe list. This is the module's public API for targets.
 *
 * <p>Precedence: of the rules whose criteria all match, the one naming the most criteria wins;
 * among equally specific rules the shortest target wins (the safer reading: an urgent outpatient
 * gets the urgent target, not the outpatient one). Two rules with the same criteria are refused. When no rule matches, the NHS England
 * maximum of 4 weeks applies. Every target is positive and at most 4 weeks; an invalid target
 * stops start-up with a message naming the entry and the file and line it came from.
 */
@Component
public class Targets {

  /** NHS England (2023): every examination reported within 4 weeks at most. */
  public static final Duration NATIONAL_MAXIMUM = Duration.ofDays(28);

  private static final TargetRule NATIONAL =
      new TargetRule(null, null, null, null, NATIONAL_MAXIMUM);

  private final List<TargetRule> rules;
  private final FailSafeThresholds thresholds;

  Targets(TurnaroundProperties properties, Environment environment) {
    this.rules = checked(properties, environment);
    this.thresholds = new FailSafeThresholds(properties.lostAfter(),
        properties.neverPerformedAfter(), properties.preliminaryWithoutFinalAfter());
    positive("vigil.turnaround.lost-after", thresholds.lostAfter(), environment);
    positive("vigil.turnaround.never-performed-after", thresholds.neverPerformedAfter(),
        environment);
    positive("vigil.turnaround.preliminary-without-final-after",
        thresholds.preliminaryWithoutFinalAfter(), environment);
  }

  /** The report target for an examination of this priority, setting, modality and site. */
  public Duration reportWithin(Priority priority, Setting setting, String modality, String site) {
    return ruleFor(priority, setting, modality, site).within();
  }

  /** As above, with the setting derived from priority and patient class ({@link Setting#of}). */
  public Duration reportWithin(Priority priority, PatientClass patientClass, String modality,
      String site) {
    return reportWithin(priority, Setting.of(priority, patientClass), modality, site);
  }

  public Duration reportWithin(Exam exam) {
    return reportWithin(exam.priority(), exam.patientClass(), exam.modality(), exam.site());
  }

  /** When this examination's report is due (null until it is performed). */
  public Instant reportDueAt(Exam exam) {
    return exam.performedAt() == null ? null : exam.performedAt().plus(reportWithin(exam));
  }

  /** The rule that sets the target (the national maximum when none matches). */
  public TargetRule ruleFor(Priority priority, Setting setting, String modality, String site) {
    TargetRule best = NATIONAL;
    for (TargetRule rule : rules) {
      if (rule.matches(priority, setting, modality, site)
          && (best == NATIONAL || rule.specificity() > best.specificity()
              || rule.specificity() == best.specificity()
                  && rule.within().compareTo(best.within()) < 0)) {
        best = rule;
      }
    }
    return best;
  }

  public FailSafeThresholds thresholds() {
    return thresholds;
  }

  /** The configured rules, most specific first. */
  public List<TargetRule> rules() {
    return rules.stream().sorted(Comparator.comparingInt(TargetRule::specificity).reversed()
        .thenComparing(TargetRule::within)).toList();
  }

  private static List<TargetRule> checked(TurnaroundProperties properties, Environment env) {
    List<TargetRule> seen = new ArrayList<>();
    for (int i = 0; i < properties.targets().size(); i++) {
      TargetRule rule = properties.targets().get(i);
      String name = "vigil.turnaround.targets[" + i + "]";
      if (rule.within() == null) {
        throw invalid(name + ".within", "is missing: every rule needs a target", env);
      }
      positive(name + ".within", rule.within(), env);
      if (rule.within().compareTo(NATIONAL_MAXIMUM) > 0) {
        throw invalid(name + ".within", "is " + rule.within() + ", longer than the NHS England "
            + "maximum of 4 weeks (P28D)", env);
      }
      for (TargetRule earlier : seen) {
        if (earlier.sameCriteria(rule)) {
          throw invalid(name, "repeats the criteria of an earlier rule (" + rule.criteria()
              + "): which target applies would be ambiguous", env);
        }
      }
      seen.add(rule);
    }
    return List.copyOf(seen);
  }

  private static void positive(String name, Duration value, Environment env) {
    if (value.isZero() || value.isNegative()) {
      throw invalid(name, "must be positive, was " + value, env);
    }
  }

  private static IllegalArgumentException invalid(String name, String problem, Environment env) {
    String origin = originOf(name, env);
    return new IllegalArgumentException("Invalid turnaround target: " + name + " " + problem
        + (origin == null ? "" : " (" + origin + ")"));
  }

  /** Where an entry was set, e.g. "class path resource [application.yml] - 12:15". */
  static String originOf(String name, Environment env) {
    if (env == null) {
      return null;
    }
    ConfigurationPropertyName key = ConfigurationPropertyName.of(name);
    for (ConfigurationPropertySource source : ConfigurationPropertySources.get(env)) {
      ConfigurationProperty property = source.getConfigurationProperty(key);
      if (property == null && !name.endsWith(".within")) {
        property = source.getConfigurationProperty(key.append("within"));
      }
      if (property != null && property.getOrigin() != null) {
        return "set in " + property.getOrigin();
      }
    }
    return null;
  }
}
