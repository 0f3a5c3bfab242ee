package org.vigil.alerts.digest;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The daily digest ({@code vigil.alerts.digest.*}): on unless turned off, but it only sends when
 * alert email is on ({@code vigil.alerts.mail.enabled}).
 *
 * @param time when, in the trust's zone, the day's digest goes out (default 07:30)
 * @param zone the trust's time zone (default Europe/London)
 * @param checkInterval how often each node looks whether today's digest is due
 * @param maxListed how many alerts one email lists before "and N more"
 */
@ConfigurationProperties("vigil.alerts.digest")
public record DigestProperties(Boolean enabled, LocalTime time, ZoneId zone,
    Duration checkInterval, Integer maxListed) {

  public DigestProperties {
    enabled = enabled == null || enabled;
    time = time == null ? LocalTime.of(7, 30) : time;
    zone = zone == null ? ZoneId.of("Europe/London") : zone;
    checkInterval = checkInterval == null ? Duration.ofMinutes(1) : checkInterval;
    maxListed = maxListed == null ? 50 : maxListed;
    if (maxListed < 1) {
      throw new IllegalArgumentException("vigil.alerts.digest.max-listed must be at least 1");
    }
  }
}
