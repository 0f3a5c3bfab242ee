package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

/** A person's step is not lost when the clockwork changed the alert a moment before. */
class AlertDeskTest {

  private final Alerts alerts = mock(Alerts.class);
  private final AlertPolicy policy = mock(AlertPolicy.class);
  private final AlertDesk desk = new AlertDesk(alerts, policy, mock(Recipients.class),
      mock(Deliveries.class),
      Clock.fixed(Instant.parse("2026-12-03T12:30:00Z"), ZoneOffset.UTC));

  @Test
  void anAcknowledgementThatMeetsABackgroundChangeIsTakenAgainOnWhatWasStored() {
    Alert alert = AlertFixtures.flaggedCritical();
    when(alerts.find(alert.id())).thenAnswer(call -> Optional.of(AlertFixtures.flaggedCritical()));
    when(policy.actionBy(any(), any())).thenReturn(Instant.parse("2026-12-03T16:30:00Z"));
    doThrow(new OptimisticLockingFailureException("changed meanwhile")).doNothing()
        .when(alerts).save(any());

    Alert acknowledged = desk.acknowledge(alert.id(), "dr.referrer",
        AcknowledgementMethod.IN_APP, ReadBack.NOT_VERBAL);

    assertThat(acknowledged.state()).isEqualTo(AlertState.ACKNOWLEDGED);
    verify(alerts, times(2)).save(any());
  }

  @Test
  void anAlertThatKeepsChangingIsRefusedLoudlyAfterThreeTries() {
    Alert alert = AlertFixtures.flaggedCritical();
    when(alerts.find(alert.id())).thenAnswer(call -> Optional.of(AlertFixtures.flaggedCritical()));
    doThrow(new OptimisticLockingFailureException("changed meanwhile")).when(alerts).save(any());

    assertThatThrownBy(() -> desk.viewed(alert.id(), "dr.referrer"))
        .isInstanceOf(OptimisticLockingFailureException.class);
    verify(alerts, times(3)).save(any());
  }
}
