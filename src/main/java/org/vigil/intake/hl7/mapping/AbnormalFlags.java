package org.vigil.intake.hl7.mapping;

import static org.vigil.intake.hl7.mapping.Hl7Fields.text;

import ca.uhn.hl7v2.model.v251.datatype.IS;
import ca.uhn.hl7v2.model.v251.segment.OBX;
import java.util.List;
import java.util.Locale;
import org.vigil.record.FieldLimits;

/** The strongest OBX-8 abnormal flag of a report: AA, then HH/LL, then A, then any other but N. */
final class AbnormalFlags {

  private static final List<String> ORDER = List.of("AA", "HH", "LL", "A", "H", "L");

  private AbnormalFlags() {}

  static String strongest(List<OBX> observations) {
    String best = null;
    for (OBX obx : observations) {
      for (IS flag : obx.getAbnormalFlags()) {
        String f = text(flag);
        if (f != null && !f.equalsIgnoreCase("N")) {
          best = stronger(best, Hl7Fields.fit(f.toUpperCase(Locale.ROOT), FieldLimits.ABNORMAL_FLAG, "OBX-8"));
        }
      }
    }
    return best;
  }

  private static String stronger(String a, String b) {
    if (a == null) {
      return b;
    }
    return rank(b) < rank(a) ? b : a;
  }

  private static int rank(String flag) {
    int i = ORDER.indexOf(flag);
    return i < 0 ? ORDER.size() : i;
  }
}
