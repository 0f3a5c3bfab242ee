package org.vigil.alerts;

import java.time.Instant;
import org.vigil.findings.AlertCategory;

/** An alert's row as stored (read back into the aggregate by {@link Alert#restore}). */
record StoredAlert(AlertId id, AlertSubject subject, AlertCategory category, AlertSource source,
    AlertState state, int escalationLevel, Instant createdAt, Instant acknowledgeBy,
    Instant actionBy, Instant nextDueAt, Acknowledgement acknowledgement, ClinicalAction action,
    String endReason, String assignee, long version) {}
