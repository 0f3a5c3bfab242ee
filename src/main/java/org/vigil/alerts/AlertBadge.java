package org.vigil.alerts;

import org.vigil.findings.AlertCategory;
import org.vigil.record.ExamId;

/** The most urgent open alert on an examination, as pages show it beside the exam. */
public record AlertBadge(AlertId alertId, ExamId examId, AlertCategory category,
    AlertState state) {}
