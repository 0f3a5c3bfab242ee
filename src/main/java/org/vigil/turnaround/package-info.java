/**
 * Reporting timeliness: turnaround targets by priority, setting, modality and site
 * ({@link org.vigil.turnaround.Targets}), the live backlog and fail-safe lists kept from the
 * record's events, escalation of each breach once per stage to the reporting lead, and the
 * prioritised reporting worklist. Reads the record; never changes it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Turnaround",
    allowedDependencies = {"record", "alerts", "findings"})
package org.vigil.turnaround;
