package org.vigil.turnaround.forecast;

import java.time.Instant;
import java.util.UUID;

/** An examination waiting for its final report, with the time its target falls due. */
public record WaitingExam(UUID id, String accession, String modality, String priority,
    Instant performedAt, Instant dueAt) {}
