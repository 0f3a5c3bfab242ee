package org.vigil.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator issues an API token on /admin/api-tokens, a machine client uses it as a
 * bearer token on /api and /fhir with the role chosen, and once revoked it is refused; over the
 * real HTTP port.
 */
@RealPortTest
class ApiTokensIT {

  private static final Pattern ISSUED = Pattern.compile("id=\"issued-token\">(vigil_[\\w-]+)<");
  private static final Pattern REVOKE =
      Pattern.compile("action=\"/admin/api-tokens/([0-9a-f-]{36})/revoke\"");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void anAdministratorIssuesATokenThatWorksWithItsRoleUntilRevoked() {
    Browser admin = new Browser(port, "192.0.2.40");
    admin.signIn("admin", UserBootstrap.DEMO_PASSWORD);
    HttpResponse<String> page = admin.postForm("/admin/api-tokens", "/admin/api-tokens",
        Map.of("name", "ris-reader", "role", "REFERRER"));
    assertThat(page.statusCode()).isEqualTo(200);
    String token = find(ISSUED, page.body());

    Browser ris = new Browser(port, "192.0.2.41");
    assertThat(ris.getWithToken("/api/exams", token).statusCode()).isEqualTo(200);
    assertThat(ris.getWithToken("/fhir/ServiceRequest?identifier=none", token).statusCode())
        .isEqualTo(200);
    assertThat(ris.getWithToken("/actuator/prometheus", token).statusCode())
        .as("the token's role decides, as for a person").isEqualTo(403);
    assertThat(ris.post("/fhir/ServiceRequest", Map.of(), Map.of("Authorization",
        "Bearer " + token)).statusCode()).as("FHIR writes need ADMIN").isEqualTo(403);

    assertThat(jdbc.sql("select token_sha256 from api_token where name = 'ris-reader'")
        .query(String.class).single()).isEqualTo(ApiTokens.sha256(token)).doesNotContain(token);
    assertThat(admin.get("/admin/api-tokens").body()).contains("ris-reader")
        .doesNotContain(token);

    String listed = admin.get("/admin/api-tokens").body();
    String id = find(REVOKE, listed);
    HttpResponse<String> revoked = admin.post("/admin/api-tokens/" + id + "/revoke",
        Map.of("_csrf", Browser.csrfFrom(listed)), Map.of());
    assertThat(revoked.statusCode()).isEqualTo(302);

    HttpResponse<String> refused = ris.getWithToken("/api/exams", token);
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer").contains("invalid_token"));
    assertThat(refused.body()).contains("unknown or revoked");
  }

  @Test
  void anAdminTokenWritesToFhirAndIsRecordedAsTheSender() {
    Browser admin = new Browser(port, "192.0.2.44");
    admin.signIn("admin", UserBootstrap.DEMO_PASSWORD);
    String token = find(ISSUED, admin.postForm("/admin/api-tokens", "/admin/api-tokens",
        Map.of("name", "fhir-feed", "role", "ADMIN")).body());
    String requestId = "tokens-it-" + System.nanoTime();

    HttpResponse<String> refused = new Browser(port, "192.0.2.45").postFhir("/fhir/ServiceRequest",
        "{\"resourceType\": \"ServiceRequest\", \"status\": \"active\"}",
        Map.of("Authorization", "Bearer " + token, "X-Request-ID", requestId));
    assertThat(refused.statusCode()).as("past security, refused by intake").isEqualTo(422);
    assertThat(jdbc.sql("select sending_application from dead_letter where control_id = ?")
        .param(requestId).query(String.class).single()).isEqualTo("token:fhir-feed");
  }

  @Test
  void anUnknownTokenIsRefusedAndOnlyAdministratorsManageTokens() {
    Browser client = new Browser(port, "192.0.2.42");
    assertThat(client.getWithToken("/fhir/ServiceRequest?identifier=x", "vigil_madeup")
        .statusCode()).isEqualTo(401);
    assertThat(client.getWithToken("/api/exams", "not-even-ours").statusCode()).isEqualTo(401);

    Browser referrer = new Browser(port, "192.0.2.43");
    referrer.signIn("referrer", UserBootstrap.DEMO_PASSWORD);
    assertThat(referrer.get("/admin/api-tokens").statusCode()).isEqualTo(403);
  }

  private static String find(Pattern pattern, String page) {
    Matcher m = pattern.matcher(page);
    assertThat(m.find()).as("%s in the page", pattern).isTrue();
    return m.group(1);
  }
}
