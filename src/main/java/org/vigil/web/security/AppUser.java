package org.vigil.web.security;

import java.time.Instant;
import java.util.Set;

/** A person who may sign in. {@code passwordHash} is a DelegatingPasswordEncoder hash. */
record AppUser(
    String username,
    String passwordHash,
    String displayName,
    Set<Role> roles,
    boolean enabled,
    Instant createdAt) {

  AppUser {
    roles = Set.copyOf(roles);
  }

  @Override
  public String toString() {
    return "AppUser[" + username + ", roles=" + roles + ", enabled=" + enabled + "]";
  }
}
