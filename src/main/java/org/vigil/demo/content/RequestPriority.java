package org.vigil.demo.content;

import java.time.Duration;

/**
 * How a request is prioritised and where it came from (sent in OBR-27.6 / ORC-7.6 and TQ1-9),
 * with the patient class it implies (PV1-2) and typical waits to scan and to report.
 */
public enum RequestPriority {
  ED("ED", "Emergency department", "E", Duration.ofMinutes(50), Duration.ofHours(3)),
  INPATIENT("IP", "Inpatient", "I", Duration.ofHours(10), Duration.ofHours(16)),
  URGENT("U", "Urgent", "O", Duration.ofDays(3), Duration.ofDays(1)),
  TWO_WEEK_WAIT("2WW", "Two week wait suspected cancer", "O", Duration.ofDays(6), Duration.ofDays(2)),
  GP_DIRECT("GPDA", "GP direct access", "O", Duration.ofDays(8), Duration.ofDays(4)),
  ROUTINE("R", "Routine", "O", Duration.ofDays(12), Duration.ofDays(5));

  public final String code;
  final String text;
  public final String patientClass;
  public final Duration typicalWaitToScan;
  public final Duration typicalWaitToReport;

  RequestPriority(String code, String text, String patientClass, Duration toScan,
      Duration toReport) {
    this.code = code;
    this.text = text;
    this.patientClass = patientClass;
    this.typicalWaitToScan = toScan;
    this.typicalWaitToReport = toReport;
  }

  /** TQ1-9 as a coded element. */
  public String coded() {
    return code + "^" + text + "^VIGPRI";
  }

  public boolean fromGp() {
    return this == GP_DIRECT || this == TWO_WEEK_WAIT;
  }
}
