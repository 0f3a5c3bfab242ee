package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.vigil.record.ImagingRecord;
import org.vigil.web.security.Role;

/** Every route added by the web module, for every role, signed in or not. */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebSecurityIT {

  @Autowired MockMvc mvc;
  @Autowired ImagingRecord record;

  private WebFixtures.Recorded data;

  @BeforeAll
  void recordAnExamination() {
    data = WebFixtures.examWithReport(record, "Securitytest", "No acute abnormality.");
  }

  List<String> pages() {
    return List.of("/exams", "/exams/" + data.examId(), "/patients/" + data.patientId(),
        "/reports/" + data.reportId());
  }

  List<String> apis() {
    return List.of("/api/exams", "/api/exams/" + data.examId(), "/api/patients/" + data.patientId(),
        "/api/patients/" + data.patientId() + "/timeline", "/api/reports/" + data.reportId());
  }

  Stream<Arguments> everyRoleOnEveryRoute() {
    return Stream.of(Role.values()).flatMap(role -> Stream.concat(pages().stream(),
        apis().stream()).map(route -> Arguments.of(role, route)));
  }

  @ParameterizedTest(name = "{0} may read {1}")
  @MethodSource("everyRoleOnEveryRoute")
  void everyVigilRoleMayReadTheRecord(Role role, String route) throws Exception {
    mvc.perform(get(route).with(user("someone").roles(role.name()))).andExpect(status().isOk());
  }

  @ParameterizedTest(name = "{0} may search")
  @EnumSource(Role.class)
  void everyVigilRoleMaySearch(Role role) throws Exception {
    mvc.perform(post("/search").param("q", data.accession()).with(csrf())
        .with(user("someone").roles(role.name()))).andExpect(status().isOk());
  }

  @ParameterizedTest(name = "{0} may open the API explorer")
  @EnumSource(value = Role.class, names = "ADMIN")
  void administratorsMayOpenTheApiExplorer(Role role) throws Exception {
    mvc.perform(get("/v3/api-docs").with(user("a").roles(role.name()))).andExpect(status().isOk());
    mvc.perform(get("/swagger-ui/index.html").with(user("a").roles(role.name())))
        .andExpect(status().isOk());
  }

  @ParameterizedTest(name = "{0} may not open the API explorer")
  @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
  void otherRolesMayNotOpenTheApiExplorer(Role role) throws Exception {
    mvc.perform(get("/v3/api-docs").with(user("c").roles(role.name())))
        .andExpect(status().isForbidden());
    mvc.perform(get("/swagger-ui/index.html").with(user("c").roles(role.name())))
        .andExpect(status().isForbidden());
  }

  @Test
  void theApiDocumentAnswersSomeoneNotSignedInWith401() throws Exception {
    mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
  }

  @Test
  void pagesSendSomeoneNotSignedInToTheLoginPage() throws Exception {
    for (String page : pages()) {
      MvcResult result = mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andReturn();
      assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }
  }

  @Test
  void theApiAnswersSomeoneNotSignedInWith401AndABasicChallengeNotARedirect() throws Exception {
    for (String api : apis()) {
      mvc.perform(get(api))
          .andExpect(status().isUnauthorized())
          .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Vigil\""))
          .andExpect(header().string("Content-Type", "application/problem+json"));
    }
  }

  @Test
  void aSignedInUserWithoutAVigilRoleIsRefusedEverywhere() throws Exception {
    for (String route : Stream.concat(pages().stream(), apis().stream()).toList()) {
      mvc.perform(get(route).with(user("outsider").roles("USER"))).andExpect(status().isForbidden());
    }
    mvc.perform(post("/search").param("q", "x").with(csrf()).with(user("outsider").roles("USER")))
        .andExpect(status().isForbidden());
  }

  @Test
  void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
    mvc.perform(post("/search").param("q", data.accession()).with(user("r").roles("REFERRER")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/logout").with(user("r").roles("REFERRER"))).andExpect(status().isForbidden());
  }

  @Test
  void theApiTakesHttpBasicWithADatabaseUserAndSetsNoSessionCookie() throws Exception {
    MvcResult ok = mvc.perform(get("/api/exams").with(httpBasic("referrer", "vigil-demo")))
        .andExpect(status().isOk()).andReturn();
    assertThat(ok.getResponse().getCookies()).isEmpty();
    assertThat(ok.getRequest().getSession(false)).isNull();
    mvc.perform(get("/api/exams").with(httpBasic("referrer", "wrong-password")))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void signingInThroughTheLoginFormWithADatabaseUserOpensTheHomePage() throws Exception {
    mvc.perform(post("/login").param("username", WebFixtures.ADMIN)
            .param("password", WebFixtures.ADMIN_PASSWORD).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", "/"));
    mvc.perform(post("/login").param("username", WebFixtures.ADMIN).param("password", "nope")
            .with(csrf()))
        .andExpect(header().string("Location", "/login?error"));
  }

  @ParameterizedTest(name = "{0} is open")
  @ValueSource(strings = {"/login", "/actuator/health", "/actuator/health/liveness",
      "/css/vigil.css", "/js/vigil.js", "/webjars/bootstrap/css/bootstrap.min.css",
      "/webjars/bootstrap/js/bootstrap.bundle.min.js", "/webjars/htmx.org/dist/htmx.min.js"})
  void theLoginPageHealthAndStaticAssetsNeedNoSignIn(String route) throws Exception {
    mvc.perform(get(route)).andExpect(status().isOk());
  }

  @ParameterizedTest(name = "{0} may scrape metrics")
  @EnumSource(value = Role.class, names = {"ADMIN", "MANAGER"})
  void managersAndAdministratorsMayScrapeMetrics(Role role) throws Exception {
    mvc.perform(get("/actuator/prometheus").with(user("m").roles(role.name())))
        .andExpect(status().isOk());
  }

  @ParameterizedTest(name = "{0} may not scrape metrics")
  @EnumSource(value = Role.class, names = {"REFERRER", "RADIOLOGIST", "FAILSAFE_OFFICER"})
  void clinicalRolesMayNotScrapeMetrics(Role role) throws Exception {
    mvc.perform(get("/actuator/prometheus").with(user("c").roles(role.name())))
        .andExpect(status().isForbidden());
  }

  @Test
  void metricsNeedBasicAuthenticationNotARedirect() throws Exception {
    mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    mvc.perform(get("/actuator/prometheus").with(httpBasic(WebFixtures.ADMIN,
        WebFixtures.ADMIN_PASSWORD))).andExpect(status().isOk());
  }

  @Test
  void pagesForbidFramingAndScriptsFromAnywhereElse() throws Exception {
    MvcResult page = mvc.perform(get("/").with(user("r").roles("REFERRER"))).andReturn();
    String csp = page.getResponse().getHeader("Content-Security-Policy");
    assertThat(csp).contains("frame-ancestors 'none'", "script-src 'self'", "default-src 'self'")
        .doesNotContain("unsafe-inline", "unsafe-eval");
    assertThat(page.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
    assertThat(page.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void aMissingPageIsAFriendly404WithoutAStackTrace() throws Exception {
    String body = mvc.perform(get("/exams/not-a-uuid").with(user("r").roles("REFERRER")))
        .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
    assertThat(body).contains("Not found").doesNotContain("Exception", "at org.");
  }
}
