package org.vigil.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The whole application on a random HTTP port with the demo users, a clock tests move, and a
 * trusted proxy's {@code X-Forwarded-For} honoured (as Vigil runs behind one), so a test can
 * speak from several client addresses. One shared context for the classes that use it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "vigil.security.demo-users=true",
    "vigil.security.sign-in-limits.per-account=5",
    "vigil.security.sign-in-limits.per-address=20",
    "vigil.security.sign-in-limits.window=15m",
    "server.forward-headers-strategy=native"})
@Import(RealPortTest.Clocks.class)
@interface RealPortTest {

  @TestConfiguration(proxyBeanMethods = false)
  class Clocks {
    @Bean
    @Primary
    MovableClock movableClock() {
      return new MovableClock(Instant.parse("2026-12-03T09:00:00Z"));
    }
  }
}
