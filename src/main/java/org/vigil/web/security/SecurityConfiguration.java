package org.vigil.web.security;

import jakarta.servlet.Filter;
import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Five filter chains, most specific first: FHIR (stateless: HTTP Basic or an
 * API token; the capability statement open), the JSON API (Basic, API token, or the browser's
 * session, with CSRF on writes that carry no Authorization header), the OpenAPI document
 * (administrators), the actuator (health open, metrics for managers and administrators), and
 * the pages (form login, session, CSRF on). Every password sign-in passes the
 * {@link SignInThrottle} first. See docs/security.md.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

  /** Pages and API of the imaging record: any Vigil role may read them. */
  private static final String[] RECORD_READS = {
      "/", "/search", "/exams/**", "/patients/**", "/reports/**",
      "/api/exams/**", "/api/patients/**", "/api/reports/**"};

  /** The API explorer and the OpenAPI document: administrators only. */
  private static final String[] API_EXPLORER = {
      "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

  private static final String[] OPEN = {
      "/login", "/error", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico"};

  private static final long HSTS_MAX_AGE_SECONDS = 365L * 24 * 60 * 60;

  private final ApiAuthProblems problems;
  private final FailedSignIns failures;
  private final ApiTokens tokens;
  private final SecurityProperties properties;

  SecurityConfiguration(ApiAuthProblems problems, FailedSignIns failures, ApiTokens tokens,
      SecurityProperties properties) {
    this.problems = problems;
    this.failures = failures;
    this.tokens = tokens;
    this.properties = properties;
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  @Order(1)
  SecurityFilterChain fhir(HttpSecurity http) throws Exception {
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    return machine(http.securityMatcher(anyOf("/fhir/**"))
        .authorizeHttpRequests(a -> a
            // FHIR clients read the capability statement before they sign in.
            .requestMatchers(path.matcher(HttpMethod.GET, "/fhir/metadata")).permitAll()
            // An EPR acknowledges an alert by updating its Task for a clinician (org.vigil.alerts.fhir).
            .requestMatchers(path.matcher(HttpMethod.PUT, "/fhir/Task/*"))
            .hasRole(Role.REFERRER.name())
            // Writing orders and reports is for the integration account, not for clinicians.
            .requestMatchers(path.matcher(HttpMethod.POST, "/fhir/**"),
                path.matcher(HttpMethod.PUT, "/fhir/**"))
            .hasRole(Role.ADMIN.name())
            .anyRequest().authenticated())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable()))
        .build();
  }

  /**
   * A browser's existing session is honoured (never created here), so pages' scripts and a
   * signed-in person can call the API; a write made with that session needs the CSRF token, a
   * write carrying its own Authorization header (Basic or Bearer) does not.
   */
  @Bean
  @Order(2)
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    RequestMatcher sessionWrites = new AndRequestMatcher(CsrfFilter.DEFAULT_CSRF_MATCHER,
        new NegatedRequestMatcher(new RequestHeaderRequestMatcher(HttpHeaders.AUTHORIZATION)));
    return machine(http.securityMatcher(anyOf("/api/**"))
        .authorizeHttpRequests(a -> a
            .requestMatchers(paths(RECORD_READS)).hasAnyRole(Role.allNames())
            .anyRequest().authenticated())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .csrf(csrf -> csrf.requireCsrfProtectionMatcher(sessionWrites)))
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain apiDocument(HttpSecurity http) throws Exception {
    return machine(http.securityMatcher(anyOf("/v3/api-docs/**"))
        .authorizeHttpRequests(a -> a.anyRequest().hasRole(Role.ADMIN.name())))
        .build();
  }

  @Bean
  @Order(4)
  SecurityFilterChain actuator(HttpSecurity http) throws Exception {
    return machine(http.securityMatcher(anyOf("/actuator/**"))
        .authorizeHttpRequests(a -> a
            .requestMatchers(paths("/actuator/health", "/actuator/health/**")).permitAll()
            .requestMatchers(paths("/actuator/prometheus", "/actuator/metrics/**", "/actuator/info"))
            .hasAnyRole(Role.ADMIN.name(), Role.MANAGER.name())
            .anyRequest().hasRole(Role.ADMIN.name()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable()))
        .build();
  }

  @Bean
  @Order(5)
  SecurityFilterChain pages(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(a -> a
            .requestMatchers(paths(OPEN)).permitAll()
            .requestMatchers(paths(API_EXPLORER)).hasRole(Role.ADMIN.name())
            .requestMatchers(paths(RECORD_READS)).hasAnyRole(Role.allNames())
            .anyRequest().authenticated())
        .addFilterBefore(SignInThrottle.forForm(failures, problems),
            UsernamePasswordAuthenticationFilter.class)
        .formLogin(form -> form.loginPage("/login").permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
        .csrf(Customizer.withDefaults())
        .headers(this::headers)
        .build();
  }

  /** What every machine chain shares: API token, throttled HTTP Basic, problem answers. */
  private HttpSecurity machine(HttpSecurity http) throws Exception {
    Filter token = new ApiTokenFilter(tokens, problems);
    return http
        .addFilterBefore(token, BasicAuthenticationFilter.class)
        .addFilterBefore(SignInThrottle.forBasic(failures, problems),
            BasicAuthenticationFilter.class)
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .requestCache(cache -> cache.disable())
        .headers(this::headers);
  }

  private void headers(HeadersConfigurer<HttpSecurity> headers) {
    headers
        .addHeaderWriter(new ContentSecurityPolicy())
        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"));
    if (properties.behindTls()) {
      // Behind a TLS-terminating proxy the request Vigil sees may be plain HTTP: send HSTS on
      // every answer, for this host only (the hospital's other hosts are not Vigil's to decide).
      headers.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
          .maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(false));
    }
  }

  private static RequestMatcher anyOf(String... patterns) {
    return new OrRequestMatcher(paths(patterns));
  }

  private static RequestMatcher[] paths(String... patterns) {
    PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
    return Arrays.stream(patterns).map(builder::matcher).toArray(RequestMatcher[]::new);
  }
}
