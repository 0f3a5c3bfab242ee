/**
 * The closed loop: every important finding becomes an {@link org.vigil.alerts.Alert} that is
 * confirmed (when only Vigil read it), delivered, acknowledged and actioned in time, or escalated
 * along the policy's chain until someone does. Listens to the analysis of each report; the
 * aggregate refuses illegal transitions and every transition is stored and published.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alerts",
    allowedDependencies = {"record", "analysis", "findings", "directory"})
package org.vigil.alerts;
