package org.vigil.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code vigil.security.behind-tls=true}: the session cookie is Secure and every answer carries
 * HSTS, even though the request Vigil sees (from a TLS-terminating proxy) is plain HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "vigil.security.behind-tls=true", "vigil.security.demo-users=true"})
class BehindTlsIT {

  @LocalServerPort int port;

  @Test
  void theSessionCookieIsSecureAndHstsIsSent() {
    HttpResponse<String> login = new Browser(port, "192.0.2.80").get("/login");
    assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
        .startsWith("JSESSIONID=").containsIgnoringCase("; Secure").contains("HttpOnly"));
    assertThat(login.headers().firstValue("Strict-Transport-Security"))
        .hasValue("max-age=31536000");

    HttpResponse<String> api = new Browser(port, "192.0.2.81").get("/api/exams");
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.headers().firstValue("Strict-Transport-Security")).isPresent();
  }
}
