package org.vigil.turnaround.dashboard;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code vigil.turnaround.dashboard.*}. */
@Configuration
@EnableConfigurationProperties(DashboardProperties.class)
class DashboardConfiguration {}
