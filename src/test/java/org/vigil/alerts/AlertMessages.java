package org.vigil.alerts;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** HL7 v2 orders and results for the closed loop's end-to-end tests. */
final class AlertMessages {

  private static final AtomicLong sequence = new AtomicLong(System.nanoTime() % 1_000_000);

  private AlertMessages() {}

  static String unique(String prefix) {
    return prefix + sequence.incrementAndGet();
  }

  private static String msh(String type, String facility) {
    return "MSH|^~\\&|RIS|" + facility + "|VIGIL|TRUST|20250301101500||" + type + "|"
        + UUID.randomUUID().toString().substring(0, 18) + "|P|2.4\r";
  }

  private static String pid(String mrn) {
    return "PID|1||" + mrn + "^^^RX1^MR||Bloggs^Joe||19600101|M\r";
  }

  /** An order from Dr Gina Doctor (G456), consultant Carol (C123), team RAD, at a site. */
  static String order(String mrn, String accession, String site) {
    return msh("ORM^O01", site) + pid(mrn)
        + "PV1|1|I|WARD1^^^" + site + "||||C123^Consultant^Carol|||RAD\r"
        + "ORC|NW|PL" + accession + "|" + accession + "||SC||^^^20250302090000^^R||20250301101500"
        + "|||G456^Doctor^Gina\r"
        + "OBR|1|PL" + accession + "|" + accession + "|XCHES^XR Chest^LOCAL|||||||||||^^^CHEST|"
        + "G456^Doctor^Gina||||||||XR\r";
  }

  /**
   * A result; {@code flag} is OBX-8 (null: unflagged); status F, C or A. Each line is one OBX
   * (text as the radiologist typed it, untrusted).
   */
  static String report(String mrn, String accession, String site, String status, String flag,
      String... lines) {
    StringBuilder m = new StringBuilder(msh("ORU^R01", site)).append(pid(mrn))
        .append("OBR|1|PL").append(accession).append('|').append(accession)
        .append("|XCHES^XR Chest^LOCAL|||20250301110000|||||||||G456^Doctor^Gina||||||")
        .append("20250301120000|||").append(status).append("|||||||R789&Radiologist&Rita\r");
    int set = 1;
    for (String line : lines) {
      m.append("OBX|").append(set++).append("|TX|&GDT||").append(line).append("|||")
          .append(flag == null ? "" : flag).append("|||").append(status).append('\r');
    }
    return m.toString();
  }
}
