package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.vigil.findings.AlertCategory;

/** The policy a trust configures: defaults from DOMAIN.md, overrides, and refusal at start. */
class AlertPolicyTest {

  @EnableConfigurationProperties(AlertsProperties.class)
  static class Config {}

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withUserConfiguration(Config.class, AlertPolicy.class);

  @Test
  void withoutConfigurationTheNationalDefaultsApply() {
    runner.run(context -> {
      AlertPolicy policy = context.getBean(AlertPolicy.class);
      assertThat(policy.of(AlertCategory.CRITICAL, null).acknowledgeWithin())
          .isEqualTo(Duration.ofMinutes(60));
      assertThat(policy.of(AlertCategory.URGENT, null).acknowledgeWithin())
          .isEqualTo(Duration.ofHours(24));
      assertThat(policy.of(AlertCategory.CANCER, null).acknowledgeWithin())
          .isEqualTo(Duration.ofDays(3));
      assertThat(policy.of(AlertCategory.SIGNIFICANT, null).acknowledgeWithin())
          .isEqualTo(Duration.ofDays(15));
      assertThat(policy.chain()).containsExactly(EscalationLevel.values());
    });
  }

  @Test
  void aSiteMayShortenOneDeadlineAndKeepsTheTrustsOtherEntries() {
    runner.withPropertyValues(
            "vigil.alerts.categories.CRITICAL.action-within=2h",
            "vigil.alerts.sites.ED.CRITICAL.acknowledge-within=30m")
        .run(context -> {
          AlertPolicy policy = context.getBean(AlertPolicy.class);
          CategoryPolicy ed = policy.of(AlertCategory.CRITICAL, "ED");
          assertThat(ed.acknowledgeWithin()).isEqualTo(Duration.ofMinutes(30));
          assertThat(ed.actionWithin()).isEqualTo(Duration.ofHours(2));
          assertThat(policy.of(AlertCategory.CRITICAL, "OPD").acknowledgeWithin())
              .isEqualTo(Duration.ofMinutes(60));
        });
  }

  @Test
  void aSignificantDeadlineOnASaturdayWaitsForMondayMorningButACriticalOneDoesNot() {
    runner.withPropertyValues("vigil.alerts.working-hours.zone=Europe/London",
            "vigil.alerts.working-hours.start=09:00", "vigil.alerts.working-hours.end=17:00",
            "vigil.alerts.working-hours.holidays=2026-12-07")
        .run(context -> {
          AlertPolicy policy = context.getBean(AlertPolicy.class);
          java.time.Instant saturday = java.time.Instant.parse("2026-12-05T10:00:00Z");
          assertThat(policy.due(AlertCategory.SIGNIFICANT, null, saturday))
              .isEqualTo(java.time.Instant.parse("2026-12-08T09:00:00Z"));
          assertThat(policy.due(AlertCategory.CANCER, null, saturday))
              .isEqualTo(java.time.Instant.parse("2026-12-08T09:00:00Z"));
          assertThat(policy.due(AlertCategory.CRITICAL, null, saturday)).isEqualTo(saturday);
          assertThat(policy.due(AlertCategory.URGENT, null, saturday)).isEqualTo(saturday);
        });
  }

  @Test
  void aTrustMayLetSignificantFindingsEscalateAtAnyHour() {
    runner.withPropertyValues("vigil.alerts.categories.SIGNIFICANT.out-of-hours=ANY_TIME")
        .run(context -> {
          java.time.Instant sunday = java.time.Instant.parse("2026-12-06T03:00:00Z");
          assertThat(context.getBean(AlertPolicy.class)
              .due(AlertCategory.SIGNIFICANT, null, sunday)).isEqualTo(sunday);
        });
  }

  @Test
  void workingHoursThatEndBeforeTheyStartStopStartUp() {
    runner.withPropertyValues("vigil.alerts.working-hours.start=18:00",
            "vigil.alerts.working-hours.end=08:00")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .rootCause().hasMessageContaining("vigil.alerts.working-hours.start"));
  }

  @Test
  void aZeroDeadlineStopsStartUpNamingTheEntry() {
    runner.withPropertyValues("vigil.alerts.categories.URGENT.acknowledge-within=0s")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .rootCause().hasMessageContaining("vigil.alerts.categories.URGENT.acknowledge-within"));
  }

  @Test
  void anEscalationChainWithoutTheFailsafeOfficeStopsStartUp() {
    runner.withPropertyValues("vigil.alerts.escalation-chain=REQUESTER,CONSULTANT")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .rootCause().hasMessageContaining("vigil.alerts.escalation-chain"));
  }

  @Test
  void anUnknownCategoryStopsStartUp() {
    runner.withPropertyValues("vigil.alerts.categories.CRITICL.acknowledge-within=10m")
        .run(context -> assertThat(context).hasFailed());
  }

  @Test
  void aConfirmationWindowLongerThanTheAcknowledgementWindowStopsStartUp() {
    runner.withPropertyValues("vigil.alerts.sites.ED.CRITICAL.confirm-within=2h")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .rootCause().hasMessageContaining("vigil.alerts.sites.ED.CRITICAL.confirm-within"));
  }
}
