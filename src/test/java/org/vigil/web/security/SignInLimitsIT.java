package org.vigil.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Failed sign-ins are limited per account and per client address, over the real HTTP port, for
 * HTTP Basic and the sign-in form; the pause ends by itself (the clock is moved, not waited for).
 * Each test uses its own accounts and addresses: they share one application.
 */
@RealPortTest
class SignInLimitsIT {

  private static final String DEMO = UserBootstrap.DEMO_PASSWORD;

  @LocalServerPort int port;
  @Autowired MovableClock clock;
  @Autowired ObjectMapper json;

  @Test
  void fiveWrongPasswordsOverBasicPauseTheAccountWith429AndRetryAfterUntilTheClockMoves()
      throws Exception {
    Browser machine = new Browser(port, "192.0.2.10");
    for (int i = 0; i < 5; i++) {
      assertThat(machine.getWithBasic("/api/exams", "referrer", "guess-" + i).statusCode())
          .isEqualTo(401);
    }
    HttpResponse<String> paused = machine.getWithBasic("/api/exams", "referrer", "guess-5");
    assertThat(paused.statusCode()).isEqualTo(429);
    assertThat(paused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    long retryAfter = Long.parseLong(paused.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, Duration.ofMinutes(15).toSeconds());
    JsonNode problem = json.readTree(paused.body());
    assertThat(problem.get("status").asInt()).isEqualTo(429);
    assertThat(problem.get("detail").asText()).contains("Too many failed sign-ins");

    assertThat(machine.getWithBasic("/api/exams", "referrer", DEMO).statusCode())
        .as("even the right password waits: it is not checked while paused").isEqualTo(429);
    assertThat(new Browser(port, "192.0.2.11").getWithBasic("/api/exams", "referrer", DEMO)
        .statusCode()).as("the account is paused from every address").isEqualTo(429);
    assertThat(machine.getWithBasic("/api/exams", "radiologist", DEMO).statusCode())
        .as("another account from the same address is unaffected").isEqualTo(200);

    clock.advance(Duration.ofSeconds(retryAfter));
    assertThat(machine.getWithBasic("/api/exams", "referrer", DEMO).statusCode()).isEqualTo(200);
  }

  @Test
  void theSignInFormSaysWhySignInIsPausedAndLetsTheRightPasswordInLater() {
    Browser person = new Browser(port, "192.0.2.20");
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> wrong = person.signIn("failsafe", "guess-" + i);
      assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(
          location -> assertThat(location).endsWith("/login?error"));
    }
    HttpResponse<String> paused = person.signIn("failsafe", DEMO);
    assertThat(paused.statusCode()).isEqualTo(302);
    assertThat(paused.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/login?throttled"));
    assertThat(person.get("/login?throttled").body())
        .contains("Too many failed sign-ins for this account or from this computer")
        .contains("at most <span>15</span>");

    Browser colleague = new Browser(port, "192.0.2.20");
    assertThat(colleague.signIn("manager", DEMO).headers().firstValue("Location"))
        .as("another account signs in from the same address").hasValueSatisfying(
            location -> assertThat(location).doesNotContain("error", "throttled"));

    clock.advance(Duration.ofMinutes(15).plusSeconds(1));
    HttpResponse<String> later = person.signIn("failsafe", DEMO);
    assertThat(later.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).doesNotContain("error", "throttled"));
    assertThat(person.get("/exams").statusCode()).isEqualTo(200);
  }

  @Test
  void twentyFailuresFromOneAddressPauseThatAddressButNotOthers() {
    Browser sprayer = new Browser(port, "198.51.100.7");
    for (int i = 0; i < 20; i++) {
      assertThat(sprayer.getWithBasic("/fhir/ServiceRequest?identifier=x", "user" + i, "pw")
          .statusCode()).isEqualTo(401);
    }
    HttpResponse<String> paused = sprayer.getWithBasic("/api/exams", "manager", DEMO);
    assertThat(paused.statusCode()).isEqualTo(429);
    assertThat(paused.headers().firstValue("Retry-After")).isPresent();
    assertThat(sprayer.signIn("manager", DEMO).headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/login?throttled"));

    assertThat(new Browser(port, "198.51.100.8").getWithBasic("/api/exams", "manager", DEMO)
        .statusCode()).isEqualTo(200);
  }

  @Test
  void aPausedSignInCostsNoPasswordCheckAndSaysNothingAboutTheAccount() {
    Browser guesser = new Browser(port, "203.0.113.5");
    for (int i = 0; i < 5; i++) {
      guesser.getWithBasic("/api/exams", "no-such-user", "guess-" + i);
    }
    // An unknown account is paused exactly like a real one, so the answer reveals nothing.
    assertThat(guesser.getWithBasic("/api/exams", "no-such-user", "x").statusCode())
        .isEqualTo(429);
    assertThat(guesser.get("/api/exams", Map.of()).statusCode())
        .as("a request without credentials is not a sign-in attempt").isEqualTo(401);
  }
}
