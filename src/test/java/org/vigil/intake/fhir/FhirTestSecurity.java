package org.vigil.intake.fhir;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * TEST ONLY, and only until the web module's security configuration is merged (the integrator
 * drops this class and its {@code @Import}): what /fhir needs from it, namely HTTP Basic for
 * machine clients, every request authenticated, no CSRF token demanded of Basic-authenticated
 * POST/PUT, and the bootstrap admin from vigil.security.bootstrap-admin.*.
 */
@TestConfiguration(proxyBeanMethods = false)
class FhirTestSecurity {

  @Bean
  @Order(1)
  SecurityFilterChain fhirTestChain(HttpSecurity http) throws Exception {
    // An explicit path matcher: /fhir is HAPI's servlet, not Spring MVC's, and a plain
    // securityMatcher("/fhir/**") (an MVC matcher) never matched it, leaving /fhir open.
    var fhir = PathPatternRequestMatcher.withDefaults().matcher("/fhir/**");
    return http.securityMatcher(fhir)
        .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
        .httpBasic(Customizer.withDefaults())
        .csrf(csrf -> csrf.ignoringRequestMatchers(fhir))
        .build();
  }

  @Bean
  UserDetailsService fhirTestUsers(
      @Value("${vigil.security.bootstrap-admin.username}") String username,
      @Value("${vigil.security.bootstrap-admin.password}") String password) {
    var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    return new InMemoryUserDetailsManager(User.withUsername(username)
        .password(encoder.encode(password)).roles("ADMIN").build());
  }
}
