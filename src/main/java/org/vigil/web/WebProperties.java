package org.vigil.web;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code vigil.web.*}: the time zone pages show times in (the API always uses UTC, ISO 8601). */
@ConfigurationProperties("vigil.web")
public record WebProperties(@DefaultValue("Europe/London") ZoneId timeZone) {}
