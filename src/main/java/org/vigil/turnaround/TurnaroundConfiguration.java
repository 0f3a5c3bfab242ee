package org.vigil.turnaround;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the turnaround policy. */
@Configuration
@EnableConfigurationProperties(TurnaroundProperties.class)
class TurnaroundConfiguration {}
