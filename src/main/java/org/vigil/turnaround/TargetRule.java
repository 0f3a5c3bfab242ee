package org.vigil.turnaround;

import java.time.Duration;
import java.util.Locale;
import org.vigil.record.Priority;

/**
 * One line of the trust's targets: examinations matching every criterion given (a null criterion
 * matches anything) are reported {@code within} this long of being performed.
 */
public record TargetRule(Priority priority, Setting setting, String modality, String site,
    Duration within) {

  /** How specific the rule is: the number of criteria it names. */
  int specificity() {
    return (site != null ? 1 : 0) + (modality != null ? 1 : 0) + (setting != null ? 1 : 0)
        + (priority != null ? 1 : 0);
  }

  boolean matches(Priority p, Setting s, String m, String st) {
    return (priority == null || priority == p) && (setting == null || setting == s)
        && (modality == null || modality.equalsIgnoreCase(m))
        && (site == null || site.equalsIgnoreCase(st));
  }

  boolean sameCriteria(TargetRule other) {
    return priority == other.priority && setting == other.setting
        && upper(modality).equals(upper(other.modality)) && upper(site).equals(upper(other.site));
  }

  /** The criteria in words, for pages and messages. */
  public String criteria() {
    StringBuilder s = new StringBuilder();
    if (priority != null) s.append("priority ").append(priority).append(' ');
    if (setting != null) s.append("setting ").append(setting).append(' ');
    if (modality != null) s.append("modality ").append(modality).append(' ');
    if (site != null) s.append("site ").append(site).append(' ');
    return s.isEmpty() ? "every examination" : s.toString().strip();
  }

  private static String upper(String s) {
    return s == null ? "" : s.toUpperCase(Locale.ROOT);
  }
}
