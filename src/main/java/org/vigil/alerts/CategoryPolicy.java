package org.vigil.alerts;

import java.time.Duration;
import org.vigil.alerts.WorkingHours.OutOfHours;
import org.vigil.findings.AlertCategory;

/**
 * The deadlines and handling of one alert category. Any entry left out of the configuration
 * takes the default for its category (../shared/DOMAIN.md: acknowledge CRITICAL in 60 minutes,
 * URGENT in 24 hours, CANCER in 3 days, SIGNIFICANT in 15 days).
 *
 * @param acknowledgeWithin from raising to acknowledgement, before the first escalation
 * @param actionWithin from acknowledgement to a recorded action
 * @param escalateEvery between one level of the chain and the next
 * @param confirmWithin how long the radiologist has to confirm a finding only Vigil read
 * @param unflagged what to do with such a finding (a request left unanswered becomes an alert at
 *     its deadline)
 * @param outOfHours whether deadlines and escalations that fall outside the trust's working hours
 *     fire anyway or wait for the next working period
 */
public record CategoryPolicy(Duration acknowledgeWithin, Duration actionWithin,
    Duration escalateEvery, Duration confirmWithin, UnflaggedFinding unflagged,
    OutOfHours outOfHours) {

  static CategoryPolicy defaultFor(AlertCategory category) {
    return switch (category) {
      case CRITICAL -> new CategoryPolicy(Duration.ofMinutes(60), Duration.ofHours(4),
          Duration.ofMinutes(15), Duration.ofMinutes(15), UnflaggedFinding.CONFIRM,
          OutOfHours.ANY_TIME);
      case URGENT -> new CategoryPolicy(Duration.ofHours(24), Duration.ofDays(3),
          Duration.ofHours(4), Duration.ofHours(2), UnflaggedFinding.CONFIRM,
          OutOfHours.ANY_TIME);
      case CANCER -> new CategoryPolicy(Duration.ofDays(3), Duration.ofDays(14),
          Duration.ofDays(1), Duration.ofDays(1), UnflaggedFinding.CONFIRM,
          OutOfHours.NEXT_WORKING_TIME);
      case SIGNIFICANT -> new CategoryPolicy(Duration.ofDays(15), Duration.ofDays(30),
          Duration.ofDays(3), Duration.ofDays(3), UnflaggedFinding.RAISE,
          OutOfHours.NEXT_WORKING_TIME);
      case NONE -> throw new IllegalArgumentException("NONE is not an alert category");
    };
  }

  /** This policy with every missing entry taken from {@code defaults}. */
  CategoryPolicy over(CategoryPolicy defaults) {
    return new CategoryPolicy(or(acknowledgeWithin, defaults.acknowledgeWithin),
        or(actionWithin, defaults.actionWithin), or(escalateEvery, defaults.escalateEvery),
        or(confirmWithin, defaults.confirmWithin), or(unflagged, defaults.unflagged),
        or(outOfHours, defaults.outOfHours));
  }

  /** Refuses a policy that could never be met or never fire, naming the entry. */
  void check(String name) {
    positive(name + ".acknowledge-within", acknowledgeWithin);
    positive(name + ".action-within", actionWithin);
    positive(name + ".escalate-every", escalateEvery);
    positive(name + ".confirm-within", confirmWithin);
    if (confirmWithin.compareTo(acknowledgeWithin) > 0) {
      throw new IllegalArgumentException(name + ".confirm-within (" + confirmWithin
          + ") is longer than " + name + ".acknowledge-within (" + acknowledgeWithin
          + "): confirmation would outlast the whole acknowledgement window");
    }
  }

  private static void positive(String name, Duration value) {
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }

  private static <T> T or(T value, T fallback) {
    return value == null ? fallback : value;
  }
}
