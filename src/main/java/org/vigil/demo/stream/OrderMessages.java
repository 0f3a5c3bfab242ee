package org.vigil.demo.stream;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.vigil.demo.content.Hl7;
import org.vigil.demo.content.Hl7.Segment;

/** Orders and their status changes, as ORM^O01 or (for some requests) OMI^O23. */
final class OrderMessages {

  /** ORC-1 order control with ORC-5 order status. */
  enum Control {
    NEW("NW", ""),
    SCHEDULED("SC", "SC"),
    IN_PROGRESS("SC", "IP"),
    COMPLETED("SC", "CM"),
    CANCELLED("CA", "CA"),
    DISCONTINUED("DC", "DC");

    final String code;
    final String status;

    Control(String code, String status) {
      this.code = code;
      this.status = status;
    }
  }

  private static final char CR = '\r';

  private OrderMessages() {}

  static String order(DemoOrder o, Control control, Instant at, String controlId) {
    DemoPatient p = o.patient().at(at);
    boolean omi = o.orderedAsOmi();
    String type = omi ? "OMI^O23^OMI_O23" : "ORM^O01^ORM_O01";
    StringBuilder m = new StringBuilder()
        .append(Segments.msh("RIS", o.site(), at, type, controlId)).append(CR)
        .append(Segments.pid(p, at)).append(CR)
        .append(Segments.pv1(o)).append(CR)
        .append(orc(o, control, at)).append(CR);
    if (omi) {
      m.append(tq1(o)).append(CR);
    }
    m.append(obr(o, control)).append(CR);
    if (omi) {
      m.append(ipc(o)).append(CR);
    }
    return m.toString();
  }

  static Segment orcBase(DemoOrder o, String control, String status, Instant at) {
    Segment orc = new Segment("ORC").set(1, control).set(2, o.placerNumber() + "^EPR")
        .set(3, o.accessionNumber() + "^RIS").set(5, status)
        .set(7, "^^^" + Hl7.ts(o.requestedAt()) + "^^" + o.priority().code)
        .set(9, Hl7.ts(at)).set(12, o.requester().xcn())
        .set(21, Hl7.escape(o.site().name()) + "^^^^^^^^^" + o.site().code());
    if (o.team() != null) {
      orc.set(17, o.team().code() + "^" + Hl7.escape(o.team().name()) + "^L");
    }
    return orc;
  }

  static Segment obrBase(DemoOrder o) {
    return new Segment("OBR").set(1, "1").set(2, o.placerNumber() + "^EPR")
        .set(3, o.accessionNumber() + "^RIS").set(4, o.procedure().coded())
        .set(6, Hl7.ts(o.requestedAt())).text(13, o.report().clinicalDetails())
        .set(16, o.requester().xcn()).set(18, o.accessionNumber())
        .set(24, o.procedure().modality())
        .set(27, "^^^" + Hl7.ts(o.requestedAt()) + "^^" + o.priority().code)
        .set(31, "^" + Hl7.escape(o.report().clinicalDetails()));
  }

  private static String orc(DemoOrder o, Control control, Instant at) {
    Segment orc = orcBase(o, control.code, control.status, at);
    if (control == Control.CANCELLED) {
      orc.set(16, "PTDEC^Patient declined examination^L");
    } else if (control == Control.DISCONTINUED) {
      orc.set(16, "CLCHG^Clinical condition changed, no longer required^L");
    }
    return orc.toString();
  }

  private static String obr(DemoOrder o, Control control) {
    Segment obr = obrBase(o);
    if (control != Control.NEW && control != Control.CANCELLED) {
      obr.set(36, Hl7.ts(o.scheduledAt()));
    }
    if (control == Control.IN_PROGRESS || control == Control.COMPLETED) {
      obr.set(7, Hl7.ts(o.performedAt()));
    }
    if (control == Control.COMPLETED) {
      obr.set(8, Hl7.ts(o.completedAt()));
    }
    return obr.toString();
  }

  private static String tq1(DemoOrder o) {
    return new Segment("TQ1").set(1, "1").set(7, Hl7.ts(o.requestedAt()))
        .set(9, o.priority().coded()).toString();
  }

  private static String ipc(DemoOrder o) {
    return new Segment("IPC").set(1, o.accessionNumber() + "^RIS")
        .set(2, "RP" + o.accessionNumber().substring(3)).set(3, studyUid(o.accessionNumber()))
        .set(4, "SPS" + o.accessionNumber().substring(3))
        .set(5, o.procedure().modality() + "^" + o.procedure().modality() + "^DCM").toString();
  }

  private static String studyUid(String accession) {
    UUID uuid = UUID.nameUUIDFromBytes(accession.getBytes(StandardCharsets.UTF_8));
    java.math.BigInteger value = new java.math.BigInteger(1, java.nio.ByteBuffer.allocate(16)
        .putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits()).array());
    return "2.25." + value;
  }
}
