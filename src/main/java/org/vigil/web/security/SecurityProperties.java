package org.vigil.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code vigil.security.*}: the administrator created on first start (from VIGIL_ADMIN_USER /
 * VIGIL_ADMIN_PASSWORD) and whether the demo users exist.
 */
@ConfigurationProperties("vigil.security")
public record SecurityProperties(
    @DefaultValue BootstrapAdmin bootstrapAdmin, @DefaultValue("false") boolean demoUsers) {

  /** Shortest password accepted for the bootstrap administrator. */
  static final int MINIMUM_PASSWORD_LENGTH = 12;

  /** The first administrator; only created when that user does not exist yet. */
  public record BootstrapAdmin(String username, String password) {

    boolean isRequested() {
      return username != null && !username.isBlank();
    }

    @Override
    public String toString() {
      return "BootstrapAdmin[username=" + username + ", password=(hidden)]";
    }
  }
}
