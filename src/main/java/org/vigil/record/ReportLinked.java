package org.vigil.record;

import java.time.Instant;

/** A report that arrived before its order is now linked to its examination. */
public record ReportLinked(ReportId reportId, ExamId examId, Instant at) {}
