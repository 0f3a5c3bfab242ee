package org.vigil;

import java.util.Locale;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes every embedded H2 URL durable, whoever typed it. H2 delays commits by 500 ms unless the URL
 * says {@code WRITE_DELAY=0}, so a killed process loses messages it had already acknowledged
 * (31–899 per kill were measured with an operator's plain {@code jdbc:h2:file:} URL). A URL
 * without the setting gets it, with a log line; a URL that asks for another delay is refused at
 * start. In-memory H2 and PostgreSQL are left alone.
 */
class DurableEmbeddedDatabase implements EnvironmentPostProcessor, Ordered {

  static final String URL_PROPERTY = "spring.datasource.url";

  private final Log log;

  DurableEmbeddedDatabase(DeferredLogFactory logs) {
    this.log = logs.getLog(DurableEmbeddedDatabase.class);
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
    String url = environment.getProperty(URL_PROPERTY);
    String durable = durableUrl(url);
    if (durable != null && !durable.equals(url)) {
      log.info("The embedded H2 URL had no WRITE_DELAY setting: added WRITE_DELAY=0 so that every "
          + "commit is written before its acknowledgement goes out.");
      environment.getPropertySources().addFirst(
          new MapPropertySource("vigil-durable-h2", Map.of(URL_PROPERTY, durable)));
    }
  }

  /**
   * The URL to connect with: unchanged unless it is an H2 database kept in a file or on a server
   * without a write-delay setting, in which case {@code ;WRITE_DELAY=0} is added.
   *
   * @throws UnsafeDatabaseUrl when the URL sets a write delay other than 0
   */
  static String durableUrl(String url) {
    if (url == null || !url.regionMatches(true, 0, "jdbc:h2:", 0, 8) || inMemory(url)) {
      return url;
    }
    String[] parts = url.split(";");
    for (int i = 1; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      String key = (eq < 0 ? parts[i] : parts[i].substring(0, eq)).trim();
      if (key.equalsIgnoreCase("WRITE_DELAY")) {
        String value = eq < 0 ? "" : parts[i].substring(eq + 1).trim();
        if (!value.equals("0")) {
          throw new UnsafeDatabaseUrl("The database URL sets WRITE_DELAY=" + value + ". Vigil "
              + "acknowledges a message only after it is committed, and H2 with a write delay can "
              + "lose committed data when the process is killed. Remove WRITE_DELAY from "
              + URL_PROPERTY + " (Vigil then sets it to 0) or set WRITE_DELAY=0.");
        }
        return url;
      }
    }
    return url + ";WRITE_DELAY=0";
  }

  private static boolean inMemory(String url) {
    return url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:mem:");
  }

  @Override
  public int getOrder() {
    // after the configuration files and the environment are read, so every form of the URL is seen
    return Ordered.LOWEST_PRECEDENCE;
  }
}
