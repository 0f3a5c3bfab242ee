package org.vigil.alerts.safetynet;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code vigil.alerts.safety-net.*} (checked at start-up). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SafetyNetProperties.class)
class SafetyNetConfiguration {}
