package org.vigil.demo.stream;

import java.time.Instant;

/**
 * A patient's demographics over the demo period: the original registration and, when an
 * ADT^A08 update happened, the details from then on. {@code partition} keeps all messages about
 * one person (including a duplicate record later merged) on one connection, in order.
 */
record PatientHistory(String partition, DemoPatient original, Instant updatedAt, DemoPatient updated) {

  static PatientHistory of(String partition, DemoPatient patient) {
    return new PatientHistory(partition, patient, null, null);
  }

  DemoPatient at(Instant at) {
    return updated != null && !at.isBefore(updatedAt) ? updated : original;
  }

  PatientHistory withUpdate(Instant at, DemoPatient changed) {
    return new PatientHistory(partition, original, at, changed);
  }

  PatientHistory withMrnChange(String newMrn, Instant at) {
    return new PatientHistory(partition, original.withMrnChange(newMrn, at), updatedAt,
        updated == null ? null : updated.withMrnChange(newMrn, at));
  }
}
