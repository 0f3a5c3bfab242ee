package org.vigil.record;

import java.time.Instant;

/** ADT^A40: {@code merged} is now part of {@code surviving}; its exams and reports moved. */
public record PatientsMerged(
    PatientId surviving, PatientId merged, int examsMoved, int reportsMoved, Provenance provenance,
    Instant at) {}
