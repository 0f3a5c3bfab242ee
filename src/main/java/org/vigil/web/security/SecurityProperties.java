package org.vigil.web.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code vigil.security.*}: the administrator created on first start (from VIGIL_ADMIN_USER /
 * VIGIL_ADMIN_PASSWORD), whether the demo users exist, how failed sign-ins are slowed down, and
 * whether Vigil is reached only over HTTPS ({@code behind-tls}: Secure session cookie, HSTS).
 */
@ConfigurationProperties("vigil.security")
public record SecurityProperties(
    @DefaultValue BootstrapAdmin bootstrapAdmin,
    @DefaultValue("false") boolean demoUsers,
    @DefaultValue SignInLimits signInLimits,
    @DefaultValue("false") boolean behindTls) {

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

  /**
   * Failed sign-ins (form or HTTP Basic) allowed per account and per client address within a
   * sliding {@code window}; beyond them, sign-in attempts are refused unchecked until the oldest
   * failure leaves the window. {@code trackedKeys} bounds the memory: the least recently seen
   * accounts and addresses are forgotten first.
   */
  public record SignInLimits(
      @DefaultValue("5") int perAccount,
      @DefaultValue("100") int perAddress,
      @DefaultValue("15m") Duration window,
      @DefaultValue("10000") int trackedKeys) {

    public SignInLimits {
      if (perAccount < 1 || perAddress < 1 || trackedKeys < 1 || window.isNegative()
          || window.isZero()) {
        throw new IllegalArgumentException("vigil.security.sign-in-limits: per-account, "
            + "per-address and tracked-keys must be at least 1 and the window positive");
      }
    }
  }
}
