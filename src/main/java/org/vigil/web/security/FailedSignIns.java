package org.vigil.web.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Failed password sign-ins, per account and per client address, from Spring Security's
 * authentication events (form login and HTTP Basic alike). {@link SignInThrottle} asks it before
 * a password is checked. A successful sign-in clears its account's failures, never its address's
 * (one valid account must not reset the budget for guessing others). In memory, per node.
 */
@Component
class FailedSignIns {

  private static final Logger log = LoggerFactory.getLogger(FailedSignIns.class);

  /** Longer names are cut for the key only: no real account has one (app_user allows 100). */
  private static final int MAX_KEY = 100;

  private final FailureWindows accounts;
  private final FailureWindows addresses;
  private final Clock clock;

  FailedSignIns(SecurityProperties properties, Clock clock) {
    SecurityProperties.SignInLimits limits = properties.signInLimits();
    this.accounts = new FailureWindows(limits.perAccount(), limits.window(), limits.trackedKeys());
    this.addresses =
        new FailureWindows(limits.perAddress(), limits.window(), limits.trackedKeys());
    this.clock = clock;
  }

  /** How long this account, or this address, must wait before its next try; empty if none. */
  synchronized Optional<Duration> blockedFor(String username, String address) {
    Optional<Duration> account = username == null ? Optional.empty()
        : accounts.blockedFor(account(username), clock.instant());
    Optional<Duration> from = address == null ? Optional.empty()
        : addresses.blockedFor(address, clock.instant());
    if (account.isPresent() && from.isPresent()) {
      return Optional.of(account.get().compareTo(from.get()) >= 0 ? account.get() : from.get());
    }
    return account.isPresent() ? account : from;
  }

  synchronized void failed(String username, String address) {
    if (username != null) {
      accounts.failed(account(username), clock.instant());
    }
    if (address != null) {
      addresses.failed(address, clock.instant());
    }
  }

  synchronized void succeeded(String username) {
    accounts.forget(account(username));
  }

  synchronized int trackedAccounts() {
    return accounts.size();
  }

  @EventListener
  void on(AuthenticationFailureBadCredentialsEvent failure) {
    Authentication attempt = failure.getAuthentication();
    failed(attempt.getName(), address(attempt));
    // The username may be a mistyped password: log neither.
    log.info("failed sign-in from {}", address(attempt));
  }

  @EventListener
  void on(AuthenticationSuccessEvent success) {
    succeeded(success.getAuthentication().getName());
  }

  private static String account(String username) {
    String key = username.strip().toLowerCase(Locale.ROOT);
    return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
  }

  private static String address(Authentication attempt) {
    return attempt.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress() : null;
  }
}
