package org.vigil.demo.stream;

import java.time.Instant;
import org.vigil.demo.content.Hl7;
import org.vigil.demo.content.Hl7.Segment;
import org.vigil.demo.content.Staff;

/** The segments every message shares: MSH, EVN, PID, PD1, PV1. */
final class Segments {

  private Segments() {}

  /** MSH for a message type such as "ORU^R01^ORU_R01". */
  static String msh(String sendingApp, Staff.Site site, Instant at, String type, String controlId) {
    return new Segment("MSH")
        .set(2, "^~\\&").set(3, sendingApp).set(4, site.hd()).set(5, "VIGIL").set(6, "VIGIL")
        .set(7, Hl7.ts(at)).set(9, type).set(10, controlId).set(11, "P").set(12, "2.5.1")
        .set(17, "GBR").set(18, "UNICODE UTF-8").toString().replaceFirst("^MSH\\|\\|", "MSH|");
  }

  static String evn(String trigger, Instant at) {
    return new Segment("EVN").set(1, trigger).set(2, Hl7.ts(at)).toString();
  }

  /** PID with the NHS number (when known) and the hospital number valid at that time. */
  static String pid(DemoPatient p, Instant at) {
    String ids = (p.nhsNumber() == null ? "" : p.nhsNumber() + "^^^NHS^NH~")
        + p.mrnAt(at) + "^^^RVG^MR";
    String name = Hl7.escape(p.surname().toUpperCase()) + "^" + Hl7.escape(p.forename())
        + "^" + Hl7.escape(p.middleName() == null ? "" : p.middleName()) + "^^"
        + (p.sex().equals("F") ? "Ms" : "Mr") + "^^L";
    String address = Hl7.escape(p.street()) + "^^" + Hl7.escape(p.town()) + "^^" + p.postcode()
        + "^GBR^H";
    return new Segment("PID").set(1, "1").set(3, ids).set(5, name)
        .set(7, Hl7.date(p.birthDate())).set(8, p.sex()).set(11, address)
        .set(13, "^PRN^CP^^^^^^^^^" + p.phone().replace(" ", "")).toString();
  }

  /** PD1 with the registered GP practice and GP. */
  static String pd1(DemoPatient p) {
    Staff.Practice practice = p.practice();
    return new Segment("PD1")
        .set(3, Hl7.escape(practice.name()) + "^^^^^^^^^" + practice.code())
        .set(4, practice.gp().xcn()).toString();
  }

  /** PV1 for an imaging encounter: class, location, consultant and team, visit number. */
  static String pv1(DemoOrder order) {
    Segment pv1 = new Segment("PV1").set(1, "1").set(2, order.priority().patientClass)
        .set(3, order.location()).set(19, order.visitNumber() + "^^^RVG^VN");
    if (order.team() != null) {
      pv1.set(7, order.team().consultant().xcn()).set(10, order.team().code());
    }
    if (order.priority().fromGp()) {
      pv1.set(8, order.requester().xcn());
    }
    return pv1.toString();
  }

  /** PV1 for a registration with no encounter. */
  static String pv1NotApplicable() {
    return new Segment("PV1").set(1, "1").set(2, "N").toString();
  }
}
