package org.vigil.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/** Points a test's Spring context at a fresh database on the embedded PostgreSQL server. */
public class PostgresInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
            "spring.datasource.url=" + EmbeddedPostgresServer.newDatabase(),
            "spring.datasource.username=postgres",
            "spring.datasource.password=postgres")
        .applyTo(context.getEnvironment());
    EmbeddedPostgresServer.contextOpened();
    context.addApplicationListener(new ApplicationListener<ContextClosedEvent>() {
      @Override
      public void onApplicationEvent(ContextClosedEvent closed) {
        if (closed.getApplicationContext() == context) {
          EmbeddedPostgresServer.contextClosed();
        }
      }
    });
  }
}
