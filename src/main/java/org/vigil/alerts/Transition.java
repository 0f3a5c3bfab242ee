package org.vigil.alerts;

import java.time.Instant;

/** One stored step of an alert's history: who did what, when, from which state to which. */
public record Transition(Instant at, String actor, String what, AlertState from, AlertState to,
    String detail) {}
