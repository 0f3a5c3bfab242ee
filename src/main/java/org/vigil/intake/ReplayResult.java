package org.vigil.intake;

import java.util.UUID;

/**
 * What happened when a dead letter went through its channel's processing again: accepted (with
 * the archived message id), or refused again with the code and reason a sender would have seen.
 */
public record ReplayResult(boolean accepted, String code, String detail, UUID messageId) {}
