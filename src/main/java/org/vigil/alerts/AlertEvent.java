package org.vigil.alerts;

import java.time.Instant;

/** Something that happened to an alert; each is published once its transaction commits. */
public sealed interface AlertEvent permits AlertRaised, ConfirmationRequested, AlertConfirmed,
    AlertRejected, AlertNotified, AlertViewed, AlertAcknowledged, VerbalCommunicationFailed,
    AlertActioned, AlertClosed, AlertEscalated, AlertWithdrawn, AlertUpgraded, AlertReassigned {

  AlertId alertId();

  Instant at();
}
