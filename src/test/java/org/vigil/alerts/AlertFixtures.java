package org.vigil.alerts;

import java.time.Duration;
import java.time.Instant;
import org.vigil.findings.AlertCategory;
import org.vigil.record.ExamId;
import org.vigil.record.PatientId;
import org.vigil.record.ReportId;

/** Alerts in known states, at a known time. */
final class AlertFixtures {

  static final Instant NOON = Instant.parse("2026-11-02T12:00:00Z");

  private AlertFixtures() {}

  static AlertSubject chestXray() {
    return new AlertSubject("ACC1001", ReportId.next(), new ExamId(java.util.UUID.randomUUID()),
        new PatientId(java.util.UUID.randomUUID()), "Dr R Radiologist",
        new Routing("Doctor, Gina (G456)", "Consultant, Carol (C123)", "Respiratory", "RX1-MAIN"));
  }

  static Alert flaggedCritical() {
    return Alert.raise(chestXray(), AlertCategory.CRITICAL, AlertSource.RADIOLOGIST, NOON,
        NOON.plus(Duration.ofMinutes(60)));
  }

  static Alert unflaggedCritical() {
    return Alert.awaitConfirmation(chestXray(), AlertCategory.CRITICAL, NOON,
        NOON.plus(Duration.ofMinutes(15)));
  }

  static Alert acknowledgedCritical() {
    Alert alert = flaggedCritical();
    alert.acknowledge(Acknowledgement.inApp("dr.referrer", NOON.plusSeconds(600)),
        NOON.plus(Duration.ofHours(4)));
    return alert;
  }
}
