package org.vigil.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.findings.AlertCategory;
import org.vigil.record.Report;

/**
 * The category a radiologist's flag states when the text itself carries no alert finding (an
 * OBX-8 "AA" or an OBX-17 code "CRITICAL" on an otherwise plain report). A flag that names no
 * category still alerts: as SIGNIFICANT, so that it is tracked rather than dropped.
 */
final class FlagCategory {

  private FlagCategory() {}

  static AlertCategory of(Report report) {
    List<String> flags = new ArrayList<>(report.alertCodes());
    if (report.abnormalFlag() != null) {
      flags.add(report.abnormalFlag());
    }
    AlertCategory found = AlertCategory.SIGNIFICANT;
    for (String flag : flags) {
      found = AlertCategory.mostUrgent(found, categoryOf(flag.strip().toUpperCase(Locale.ROOT)));
    }
    return found;
  }

  private static AlertCategory categoryOf(String flag) {
    return switch (flag) {
      case "AA", "HH", "LL", "CRITICAL", "RED" -> AlertCategory.CRITICAL;
      case "URGENT", "AMBER" -> AlertCategory.URGENT;
      case "CANCER", "2WW" -> AlertCategory.CANCER;
      default -> AlertCategory.SIGNIFICANT;
    };
  }
}
