package org.vigil.record;

import java.time.Instant;

/** A patient Vigil had not seen before was added to the record. */
public record PatientRegistered(PatientId patientId, Provenance provenance, Instant at) {}
