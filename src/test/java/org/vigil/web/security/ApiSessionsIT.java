package org.vigil.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What README and docs/security.md say about sessions, over the real HTTP port: a signed-in
 * browser's session works on /api for reads, and a write made with it needs the CSRF token;
 * the API never creates a session itself. Without {@code vigil.security.behind-tls} the cookie
 * is not Secure and no HSTS is sent (see {@link BehindTlsIT} for the other case).
 */
@RealPortTest
class ApiSessionsIT {

  @LocalServerPort int port;

  @Test
  void aSignedInBrowserMayReadTheApiWithItsSession() {
    Browser person = new Browser(port, "192.0.2.60");
    assertThat(person.get("/api/exams").statusCode()).isEqualTo(401);
    person.signIn("radiologist", UserBootstrap.DEMO_PASSWORD);
    HttpResponse<String> exams = person.get("/api/exams");
    assertThat(exams.statusCode()).isEqualTo(200);
    assertThat(exams.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).contains("json"));
  }

  @Test
  void aWriteWithTheSessionNeedsTheCsrfToken() {
    Browser person = new Browser(port, "192.0.2.61");
    person.signIn("radiologist", UserBootstrap.DEMO_PASSWORD);
    assertThat(person.post("/api/exams", Map.of(), Map.of()).statusCode()).isEqualTo(403);
    String token = Browser.csrfFrom(person.get("/").body().replace("name=\"_csrf\" content=",
        "name=\"_csrf\" value="));
    assertThat(person.post("/api/exams", Map.of(), Map.of("X-CSRF-TOKEN", token)).statusCode())
        .as("past CSRF, the API answers for itself (no such write)").isNotIn(401, 403);
  }

  @Test
  void theApiCreatesNoSessionAndPlainHttpGetsNoSecureCookieOrHsts() {
    Browser machine = new Browser(port, "192.0.2.62");
    HttpResponse<String> basic = machine.getWithBasic("/api/exams", "referrer",
        UserBootstrap.DEMO_PASSWORD);
    assertThat(basic.statusCode()).isEqualTo(200);
    assertThat(basic.headers().allValues("Set-Cookie")).isEmpty();
    assertThat(basic.headers().firstValue("Strict-Transport-Security")).isEmpty();

    HttpResponse<String> login = new Browser(port, "192.0.2.63").get("/login");
    assertThat(login.headers().allValues("Set-Cookie")).allSatisfy(
        cookie -> assertThat(cookie).doesNotContainIgnoringCase("secure"));
  }
}
