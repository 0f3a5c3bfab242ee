package org.vigil.demo.stream;

import java.time.Instant;
import org.vigil.demo.content.Hl7.Segment;
import org.vigil.demo.content.Staff;

/** Patient administration: registration (A31), update (A08), merge (A40), id change (A47). */
final class AdtMessages {

  private static final String PAS = "PAS";
  private static final char CR = '\r';

  private AdtMessages() {}

  static String registration(DemoPatient p, Staff.Site site, Instant at, String controlId) {
    return person("A31", "ADT^A31^ADT_A05", p, site, at, controlId);
  }

  static String update(DemoPatient p, Staff.Site site, Instant at, String controlId) {
    return person("A08", "ADT^A08^ADT_A01", p, site, at, controlId);
  }

  /** A40: the duplicate record is merged into the surviving one. */
  static String merge(DemoPatient survivor, DemoPatient duplicate, Staff.Site site, Instant at,
      String controlId) {
    return Segments.msh(PAS, site, at, "ADT^A40^ADT_A39", controlId) + CR
        + Segments.evn("A40", at) + CR
        + Segments.pid(survivor, at) + CR
        + new Segment("MRG").set(1, duplicate.mrnAt(at) + "^^^RVG^MR").toString() + CR;
  }

  /** A47: the hospital number changes from the old to the new one. */
  static String identifierChange(DemoPatient p, Staff.Site site, Instant at, String controlId) {
    return Segments.msh(PAS, site, at, "ADT^A47^ADT_A30", controlId) + CR
        + Segments.evn("A47", at) + CR
        + Segments.pid(p, at) + CR
        + Segments.pd1(p) + CR
        + new Segment("MRG").set(1, p.mrn() + "^^^RVG^MR").toString() + CR;
  }

  private static String person(String trigger, String type, DemoPatient p, Staff.Site site,
      Instant at, String controlId) {
    return Segments.msh(PAS, site, at, type, controlId) + CR
        + Segments.evn(trigger, at) + CR
        + Segments.pid(p, at) + CR
        + Segments.pd1(p) + CR
        + Segments.pv1NotApplicable() + CR;
  }
}
