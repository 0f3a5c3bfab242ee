package org.vigil.web.security;

import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Four filter chains, most specific first: the machine API (/api, /fhir:
 * stateless HTTP Basic, no CSRF because no cookie is ever honoured there), the OpenAPI document
 * (session or Basic), the actuator (health open, metrics for managers and administrators), and
 * the pages (form login, session, CSRF on). See docs/security.md.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

  /** Pages and API of the imaging record: any Vigil role may read them. */
  private static final String[] RECORD_READS = {
      "/", "/search", "/exams/**", "/patients/**", "/reports/**",
      "/api/exams/**", "/api/patients/**", "/api/reports/**", "/v3/api-docs/**",
      "/swagger-ui/**", "/swagger-ui.html"};

  private static final String[] OPEN = {
      "/login", "/error", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico"};

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  @Order(1)
  SecurityFilterChain machineApi(HttpSecurity http, ApiAuthProblems problems) throws Exception {
    return http.securityMatcher(anyOf("/api/**", "/fhir/**"))
        .authorizeHttpRequests(a -> a
            .requestMatchers(paths(RECORD_READS)).hasAnyRole(Role.allNames())
            // Writing orders and reports is for the integration account, not for clinicians.
            .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/fhir/**"),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.PUT, "/fhir/**"))
            .hasRole(Role.ADMIN.name())
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .headers(SecurityConfiguration::headers)
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain apiDocument(HttpSecurity http, ApiAuthProblems problems) throws Exception {
    return http.securityMatcher(anyOf("/v3/api-docs/**"))
        .authorizeHttpRequests(a -> a.anyRequest().hasAnyRole(Role.allNames()))
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .requestCache(cache -> cache.disable())
        .headers(SecurityConfiguration::headers)
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain actuator(HttpSecurity http, ApiAuthProblems problems) throws Exception {
    return http.securityMatcher(anyOf("/actuator/**"))
        .authorizeHttpRequests(a -> a
            .requestMatchers(paths("/actuator/health", "/actuator/health/**")).permitAll()
            .requestMatchers(paths("/actuator/prometheus", "/actuator/metrics/**", "/actuator/info"))
            .hasAnyRole(Role.ADMIN.name(), Role.MANAGER.name())
            .anyRequest().hasRole(Role.ADMIN.name()))
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .headers(SecurityConfiguration::headers)
        .build();
  }

  @Bean
  @Order(4)
  SecurityFilterChain pages(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(a -> a
            .requestMatchers(paths(OPEN)).permitAll()
            .requestMatchers(paths(RECORD_READS)).hasAnyRole(Role.allNames())
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
        .csrf(Customizer.withDefaults())
        .headers(SecurityConfiguration::headers)
        .build();
  }

  private static void headers(HeadersConfigurer<HttpSecurity> headers) {
    headers
        .addHeaderWriter(new ContentSecurityPolicy())
        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"));
  }

  private static RequestMatcher anyOf(String... patterns) {
    return new OrRequestMatcher(paths(patterns));
  }

  private static RequestMatcher[] paths(String... patterns) {
    PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
    return Arrays.stream(patterns).map(builder::matcher).toArray(RequestMatcher[]::new);
  }
}
