package org.vigil.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application with MockMvc, a bootstrap administrator and the demo users; one shared
 * Spring context for all web tests that use it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(properties = {
    "vigil.security.bootstrap-admin.username=" + WebFixtures.ADMIN,
    "vigil.security.bootstrap-admin.password=" + WebFixtures.ADMIN_PASSWORD,
    "vigil.security.demo-users=true"})
@AutoConfigureMockMvc
@AutoConfigureObservability
public @interface WebIntegrationTest {}
