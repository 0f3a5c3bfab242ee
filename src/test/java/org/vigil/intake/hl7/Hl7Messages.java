package org.vigil.intake.hl7;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Hand-made messages for tests: unique control ids, identifiers and accession numbers. */
final class Hl7Messages {

  private static final AtomicLong sequence = new AtomicLong(System.nanoTime() % 1_000_000);

  private Hl7Messages() {}

  static String unique(String prefix) {
    return prefix + sequence.incrementAndGet();
  }

  static String controlId() {
    return UUID.randomUUID().toString().substring(0, 18);
  }

  static String msh(String type, String version, String charset) {
    return "MSH|^~\\&|RIS|RAD_SITE|VIGIL|TRUST|20250301101500||" + type + "|" + controlId()
        + "|P|" + version + "|||||" + "|" + (charset == null ? "" : charset) + "\r";
  }

  static String pid(String mrn) {
    return "PID|1||" + mrn + "^^^RX1^MR||Bloggs^Joe||19600101|M\r";
  }

  /** A segment with the given fields set: {@code seg("OBR", 3, "A1", 25, "F")}. */
  static String seg(String name, Object... positionsAndValues) {
    int max = 0;
    for (int i = 0; i < positionsAndValues.length; i += 2) {
      max = Math.max(max, (Integer) positionsAndValues[i]);
    }
    String[] fields = new String[max + 1];
    java.util.Arrays.fill(fields, "");
    fields[0] = name;
    for (int i = 0; i < positionsAndValues.length; i += 2) {
      fields[(Integer) positionsAndValues[i]] = String.valueOf(positionsAndValues[i + 1]);
    }
    return String.join("|", fields) + "\r";
  }

  static String order(String mrn, String accession, String control, String status) {
    return msh("ORM^O01", "2.3.1", null) + pid(mrn)
        + "PV1|1|O|XRAY^^^RAD_SITE||||C123^Consultant^Carol|||RAD\r"
        + seg("ORC", 1, control, 2, "PL" + accession, 3, accession, 5, status,
            7, "^^^20250302090000^^R", 9, "20250301101500", 12, "G456^Doctor^Gina")
        + seg("OBR", 1, 1, 2, "PL" + accession, 3, accession, 4, "XCHES^XR Chest^LOCAL",
            15, "^^^CHEST", 16, "G456^Doctor^Gina", 24, "XR", 27, "^^^20250302090000^^R");
  }

  static String report(String mrn, String accession, String status, String... lines) {
    StringBuilder m = new StringBuilder(msh("ORU^R01", "2.4", null)).append(pid(mrn))
        .append(seg("OBR", 1, 1, 2, "PL" + accession, 3, accession, 4, "XCHES^XR Chest^LOCAL",
            7, "20250301110000", 22, "20250301120000", 24, "XR", 25, status,
            32, "R789&Radiologist&Rita"));
    int set = 1;
    for (String line : lines) {
      m.append("OBX|").append(set++).append("|TX|&GDT||").append(line).append("||||||")
          .append(status).append('\r');
    }
    return m.toString();
  }

  static String registration(String event, String mrn, String family) {
    return msh("ADT^" + event, "2.5", null) + "EVN|" + event + "|20250301101500\r"
        + "PID|1||" + mrn + "^^^RX1^MR||" + family + "^Ann||19700101|F\r"
        + "PV1|1|O\r";
  }
}
