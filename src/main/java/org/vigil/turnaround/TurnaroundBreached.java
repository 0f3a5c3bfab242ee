package org.vigil.turnaround;

import java.time.Instant;
import org.vigil.record.ExamId;

/** An examination crossed a turnaround stage and its reporting lead was told. */
public record TurnaroundBreached(ExamId examId, Breach breach, Instant dueAt, Instant at) {}
