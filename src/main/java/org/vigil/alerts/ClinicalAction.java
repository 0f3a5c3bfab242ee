package org.vigil.alerts;

import java.time.Instant;
import java.util.Objects;

/** What a clinician did about an alert; "no action needed" must say why. */
public record ClinicalAction(ActionKind kind, String reason, String by, Instant at) {

  public ClinicalAction {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    if (by == null || by.isBlank()) {
      throw new IllegalArgumentException("an action names who recorded it");
    }
    if (kind == ActionKind.NO_ACTION_NEEDED && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("no action needed requires a clinical reason");
    }
  }
}
