package org.vigil.web.security;

import java.time.Instant;
import java.util.UUID;

/** A machine client's credential as listed: never the token itself, which is shown only once. */
record ApiToken(UUID id, String name, Role role, String createdBy, Instant createdAt,
    String revokedBy, Instant revokedAt) {

  public boolean isRevoked() {
    return revokedAt != null;
  }

  /** The name Vigil records as the sender of what the client does, e.g. {@code token:ris}. */
  String principalName() {
    return "token:" + name;
  }
}
