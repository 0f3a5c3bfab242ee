package org.vigil.alerts;

import java.time.Instant;
import org.vigil.findings.AlertCategory;

/** Vigil read a finding the radiologist did not flag: the radiologist is asked to confirm. */
public record ConfirmationRequested(AlertId alertId, String accessionNumber,
    AlertCategory category, String radiologist, Instant confirmBy, Instant at)
    implements AlertEvent {}
