package org.vigil.record;

import java.time.Instant;

/** ADT^A47: a patient's identifier was replaced; the old one is kept and still resolves. */
public record PatientIdentifierChanged(
    PatientId patientId, PatientIdentifier previous, PatientIdentifier current, Provenance provenance,
    Instant at) {}
