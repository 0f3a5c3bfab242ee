package org.vigil;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Health tells the truth through the real HTTP port: UP with details for an administrator and
 * none for a clinician; once the database has closed (as H2 does when the heap runs out),
 * health and readiness are DOWN and liveness BROKEN, so a supervisor restarts Vigil.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "vigil.security.bootstrap-admin.username=health-admin",
    "vigil.security.bootstrap-admin.password=health-admin-password",
    "vigil.security.demo-users=true"})
@DirtiesContext
class HealthIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void healthIsDownAndLivenessBrokenOnceTheDatabaseHasClosed() throws Exception {
    HttpResponse<String> admin = get("/actuator/health", "health-admin", "health-admin-password");
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(admin.body()).contains("\"status\":\"UP\"", "\"database\"", "\"intake\"",
        "\"reading\"", "deadLettersAwaitingAction", "openConnections", "awaitingReading");
    HttpResponse<String> referrer = get("/actuator/health", "referrer", "vigil-demo");
    assertThat(referrer.body()).contains("\"status\":\"UP\"").doesNotContain("\"database\"");

    jdbc.execute("SHUTDOWN");

    HttpResponse<String> health = get("/actuator/health", null, null);
    assertThat(health.statusCode()).isEqualTo(503);
    assertThat(health.body()).contains("\"status\":\"DOWN\"");
    assertThat(get("/actuator/health/readiness", null, null).statusCode()).isEqualTo(503);
    HttpResponse<String> liveness = get("/actuator/health/liveness", null, null);
    assertThat(liveness.statusCode()).isEqualTo(503);
    assertThat(liveness.body()).contains("DOWN");
  }

  private HttpResponse<String> get(String path, String user, String password) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
          (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
