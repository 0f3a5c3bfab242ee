package org.vigil.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The sliding windows behind the sign-in throttle, with a clock the test moves. */
class FailedSignInsTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T09:00:00Z"));
  private final FailedSignIns failures = new FailedSignIns(new SecurityProperties(null, false,
      new SecurityProperties.SignInLimits(5, 20, Duration.ofMinutes(15), 1000), false), clock);

  @Test
  void anAccountIsPausedAfterFiveFailuresUntilTheOldestLeavesTheWindow() {
    for (int i = 0; i < 5; i++) {
      assertThat(failures.blockedFor("ravi", "10.0.0.1")).isEmpty();
      failures.failed("ravi", "10.0.0.1");
      clock.advance(Duration.ofSeconds(10));
    }
    assertThat(failures.blockedFor("ravi", "10.0.0.2")).contains(Duration.ofSeconds(850));
    clock.advance(Duration.ofSeconds(849));
    assertThat(failures.blockedFor("ravi", "10.0.0.2")).isPresent();
    clock.advance(Duration.ofSeconds(1));
    assertThat(failures.blockedFor("ravi", "10.0.0.2")).isEmpty();
  }

  @Test
  void theBlockNeverBecomesPermanent() {
    // An attacker who keeps failing can only hold the account at five tries per window.
    for (int minute = 0; minute < 600; minute++) {
      if (failures.blockedFor("admin", "10.6.6.6").isEmpty()) {
        failures.failed("admin", "10.6.6.6");
      }
      clock.advance(Duration.ofMinutes(1));
    }
    clock.advance(Duration.ofMinutes(15));
    assertThat(failures.blockedFor("admin", "10.0.0.9")).isEmpty();
  }

  @Test
  void aSuccessfulSignInClearsTheAccountButNotTheAddress() {
    for (int i = 0; i < 5; i++) {
      failures.failed("Ravi", "10.0.0.3");
    }
    assertThat(failures.blockedFor("ravi", null)).as("names compare without case").isPresent();
    failures.succeeded("ravi");
    assertThat(failures.blockedFor("ravi", null)).isEmpty();
    for (int i = 0; i < 15; i++) {
      failures.failed("user" + i, "10.0.0.3");
    }
    failures.succeeded("someone");
    assertThat(failures.blockedFor("anyone", "10.0.0.3")).isPresent();
    assertThat(failures.blockedFor("anyone", "10.0.0.4")).isEmpty();
  }

  @Test
  void anAddressIsPausedAfterTwentyFailuresAcrossAccounts() {
    for (int i = 0; i < 19; i++) {
      failures.failed("name" + i, "192.0.2.7");
    }
    assertThat(failures.blockedFor("fiona", "192.0.2.7")).isEmpty();
    failures.failed("name19", "192.0.2.7");
    assertThat(failures.blockedFor("fiona", "192.0.2.7")).contains(Duration.ofMinutes(15));
  }

  @Test
  void sprayingUsernamesDoesNotGrowMemoryWithoutLimit() {
    for (int i = 0; i < 100_000; i++) {
      failures.failed("sprayed-" + i + "x".repeat(500), "198.51.100." + (i % 250));
    }
    assertThat(failures.trackedAccounts()).isLessThanOrEqualTo(1000);
  }
}
