package org.vigil.alerts;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.vigil.analysis.ReportReading;
import org.vigil.analysis.ReportReadings;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.Finding;
import org.vigil.record.Report;
import org.vigil.record.ReportStatus;

/**
 * Whether a newer report version that reads no alert finding takes back an alert. A corrected or
 * final version replaces the earlier text, so it does. An addendum often carries only its own
 * words ("Addendum: patient identity confirmed"), so it withdraws the alert only when it negates
 * the very finding that raised it ("on review there is no pneumothorax"); otherwise the alert
 * stays (a wrong withdrawal could hide a critical result).
 */
@Component
class Retraction {

  private final ReportReadings readings;

  Retraction(ReportReadings readings) {
    this.readings = readings;
  }

  Optional<String> of(Alert alert, Report newest) {
    if (newest.status() != ReportStatus.ADDENDUM) {
      return Optional.of(newest.status() + " report (version " + newest.sequence()
          + ") no longer reads an alert finding");
    }
    Set<String> raisedBy = readings.current(alert.subject().reportId())
        .map(r -> concepts(r, true)).orElse(Set.of());
    Set<String> negated = readings.current(newest.id())
        .map(r -> concepts(r, false)).orElse(Set.of());
    Set<String> taken = new TreeSet<>(raisedBy);
    taken.retainAll(negated);
    return taken.isEmpty() ? Optional.empty()
        : Optional.of("addendum (version " + newest.sequence() + ") negates " + taken);
  }

  private static Set<String> concepts(ReportReading reading, boolean affirmedAlerting) {
    return reading.analysis().findings().stream()
        .filter(f -> !f.concept().startsWith("alert_code_"))
        .filter(f -> affirmedAlerting ? f.isAffirmed() && f.category() != AlertCategory.NONE
            : f.negated())
        .map(Finding::concept)
        .collect(Collectors.toSet());
  }
}
