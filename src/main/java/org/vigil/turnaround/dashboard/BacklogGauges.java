package org.vigil.turnaround.dashboard;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.vigil.turnaround.dashboard.TurnaroundDashboard.ModalityBacklog;

/**
 * Prometheus gauges per modality: {@code vigil_turnaround_backlog_exams} (performed, no final
 * report) and {@code vigil_turnaround_backlog_oldest_age_seconds}. A scrape reads a cached copy;
 * the backlog is queried (through its index) at most once per refresh period, whatever the
 * number of scrapes. A modality seen once keeps its gauges, at 0 when its backlog empties.
 */
@Component
class BacklogGauges {

  private static final Logger log = LoggerFactory.getLogger(BacklogGauges.class);

  private final TurnaroundDashboard dashboard;
  private final MeterRegistry meters;
  private final Clock clock;
  private final Duration maxAge;
  private final Set<String> registered = ConcurrentHashMap.newKeySet();
  private volatile Map<String, ModalityBacklog> cached = Map.of();
  private volatile Instant readAt = Instant.MIN;

  BacklogGauges(TurnaroundDashboard dashboard, MeterRegistry meters, Clock clock,
      DashboardProperties properties) {
    this.dashboard = dashboard;
    this.meters = meters;
    this.clock = clock;
    this.maxAge = properties.refresh();
  }

  @Scheduled(fixedDelayString = "${vigil.turnaround.dashboard.refresh:30s}", initialDelay = 5_000)
  void scheduled() {
    try {
      refresh();
    } catch (RuntimeException e) {
      log.error("backlog gauges not refreshed; the last values stay", e);
    }
  }

  /** Reads the backlog now and registers gauges for modalities not seen before. */
  synchronized void refresh() {
    List<ModalityBacklog> now = dashboard.backlogLive();
    Map<String, ModalityBacklog> byModality = new ConcurrentHashMap<>();
    now.forEach(b -> byModality.put(b.modality(), b));
    cached = byModality;
    readAt = clock.instant();
    byModality.keySet().forEach(this::register);
  }

  private void register(String modality) {
    if (!registered.add(modality)) {
      return;
    }
    Gauge.builder("vigil.turnaround.backlog.exams", this, g -> g.current(modality).unreported())
        .description("Examinations performed and not yet finally reported")
        .tag("modality", modality).register(meters);
    Gauge.builder("vigil.turnaround.backlog.oldest.age", this,
            g -> g.current(modality).oldestAge(g.clock.instant()).toSeconds())
        .description("Age of the oldest examination performed and not yet finally reported")
        .baseUnit("seconds").tag("modality", modality).register(meters);
  }

  private ModalityBacklog current(String modality) {
    if (Duration.between(readAt, clock.instant()).compareTo(maxAge) > 0) {
      try {
        refresh();
      } catch (RuntimeException e) {
        log.error("backlog gauges not refreshed; the last values stay", e);
      }
    }
    return cached.getOrDefault(modality, new ModalityBacklog(modality, 0, null, null, null));
  }
}
