package org.vigil.turnaround;

import java.time.Instant;
import java.util.UUID;
import org.vigil.record.ExamId;

/** A breach escalated to the reporting lead: once per examination and breach. */
public record Escalation(UUID id, ExamId examId, Breach breach, Instant dueAt,
    Instant escalatedAt, String lead) {}
