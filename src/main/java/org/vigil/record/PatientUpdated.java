package org.vigil.record;

import java.time.Instant;

/** A patient's demographics or identifiers changed. */
public record PatientUpdated(PatientId patientId, Provenance provenance, Instant at) {}
