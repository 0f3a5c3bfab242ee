package org.vigil.turnaround;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** HL7 v2 orders and results for the turnaround tests, with times stated by the message. */
final class TurnaroundMessages {

  private static final AtomicLong sequence = new AtomicLong(System.nanoTime() % 1_000_000);
  private static final DateTimeFormatter HL7 =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  private TurnaroundMessages() {}

  static String unique(String prefix) {
    return prefix + sequence.incrementAndGet();
  }

  static String time(Instant at) {
    return HL7.format(at) + "+0000";
  }

  private static String msh(String type, String site) {
    return "MSH|^~\\&|RIS|" + site + "|VIGIL|TRUST|20260301101500||" + type + "|"
        + UUID.randomUUID().toString().substring(0, 18) + "|P|2.4\r";
  }

  private static String pid(String mrn) {
    return "PID|1||" + mrn + "^^^RX1^MR||Bloggs^Joe||19600101|M\r";
  }

  /**
   * An order message: {@code patientClass} is PV1-2 (E emergency, I inpatient, O outpatient),
   * {@code control} ORC-1, {@code status} ORC-5 (CM: performed at {@code performedAt}, OBR-7),
   * {@code priority} OBR-27 / ORC-7 priority (S stat, R routine, 2WW).
   */
  static String order(String mrn, String accession, String site, String patientClass,
      String control, String status, String priority, String code, String name, String modality,
      Instant requestedAt, Instant performedAt) {
    return msh("ORM^O01", site) + pid(mrn)
        + "PV1|1|" + patientClass + "|WARD1^^^" + site + "||||C123^Consultant^Carol|||RAD\r"
        + "ORC|" + control + "|PL" + accession + "|" + accession + "||" + status + "||^^^^^"
        + priority + "||" + time(requestedAt) + "|||G456^Doctor^Gina\r"
        + "OBR|1|PL" + accession + "|" + accession + "|" + code + "^" + name + "^LOCAL|||"
        + (performedAt == null ? "" : time(performedAt)) + "|||||||||G456^Doctor^Gina||||||||"
        + modality + "|||^^^^^" + priority + "\r";
  }

  /** A result; status P preliminary or F final; flag OBX-8 (AA: critical, null: none). */
  static String report(String mrn, String accession, String site, String status, String flag,
      Instant performedAt, Instant reportedAt, String text) {
    return msh("ORU^R01", site) + pid(mrn)
        + "OBR|1|PL" + accession + "|" + accession + "|XCHES^XR Chest^LOCAL|||"
        + time(performedAt) + "|||||||||G456^Doctor^Gina||||||" + time(reportedAt) + "|||"
        + status + "|||||||R789&Radiologist&Rita\r"
        + "OBX|1|TX|&GDT||" + text + "|||" + (flag == null ? "" : flag) + "|||" + status + "\r";
  }
}
