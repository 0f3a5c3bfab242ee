package org.vigil.alerts;

/**
 * Someone an alert goes to at one level of the chain: an in-app inbox ("user:name",
 * "team:Respiratory" or "role:FAILSAFE_OFFICER") and, when known, an email address.
 */
public record Recipient(EscalationLevel level, String inbox, String email) {}
