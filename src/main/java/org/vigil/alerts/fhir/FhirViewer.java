package org.vigil.alerts.fhir;

import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vigil.alerts.Viewer;

/** The person or API token behind a FHIR request (the security filter chain signed them in). */
final class FhirViewer {

  private FhirViewer() {}

  static Viewer current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated()) {
      throw new AuthenticationException("sign in (HTTP Basic or an API token) to read alerts");
    }
    Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
    return new Viewer(auth.getName(), roles);
  }
}
