package org.vigil.alerts;

import java.util.Set;

/** Who is asking, with their Vigil roles (REFERRER, RADIOLOGIST, FAILSAFE_OFFICER, ...). */
public record Viewer(String user, Set<String> roles) {

  public Viewer {
    roles = Set.copyOf(roles);
  }

  public boolean has(String role) {
    return roles.contains(role);
  }

  /** Fail-safe officers, managers and administrators oversee every site's alerts. */
  public boolean overseesAll() {
    return has("FAILSAFE_OFFICER") || has("MANAGER") || has("ADMIN");
  }
}
