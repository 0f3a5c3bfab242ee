package org.vigil.findings.kb;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.Finding;
import org.vigil.findings.FlagAgreement;

/**
 * Compares the flag the radiologist or RIS set (or an alert text code typed in the report) with
 * what Vigil read. An unrecognised flag value counts as not flagged, so Vigil still prompts.
 */
public final class AlertFlags {

  private static final Set<String> FLAGGED = Set.of("CRITICAL", "URGENT", "CANCER", "SIGNIFICANT",
      "AA", "A", "H", "HH", "LL", "Y", "YES", "TRUE", "1", "ALERT", "ABNORMAL");

  private AlertFlags() {}

  /** True when the flag value means the report was flagged. */
  public static boolean isFlagged(String flag) {
    return flag != null && FLAGGED.contains(flag.trim().toUpperCase(Locale.ROOT));
  }

  /** The agreement between the flag (or an affirmed alert code) and the findings of the text. */
  public static FlagAgreement agreement(String flag, List<Finding> findings) {
    boolean flagged = isFlagged(flag);
    AlertCategory found = AlertCategory.NONE;
    for (Finding f : findings) {
      if (f.concept().startsWith("alert_code_")) {
        flagged |= f.isAffirmed();
      } else {
        found = AlertCategory.mostUrgent(found, f.category());
      }
    }
    if (flagged) {
      return found == AlertCategory.NONE ? FlagAgreement.FLAG_WITHOUT_FINDING : FlagAgreement.AGREES;
    }
    return found.needsCommunication() ? FlagAgreement.UNFLAGGED : FlagAgreement.NOT_FLAGGABLE;
  }
}
