package org.vigil.alerts;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Binds the alert policy, and turns on Spring's scheduling (the clockwork) and asynchronous
 * listeners (readings are turned into alerts off the reader's thread).
 */
@Configuration
@EnableConfigurationProperties(AlertsProperties.class)
@EnableAsync
@EnableScheduling
class AlertsConfiguration {}
