package org.vigil.alerts.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.vigil.alerts.Viewer;

/** The signed-in person as the alerts module sees them. */
final class Viewers {

  private Viewers() {}

  static Viewer of(Authentication auth) {
    Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
    return new Viewer(auth.getName(), roles);
  }
}
