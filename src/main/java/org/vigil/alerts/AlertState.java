package org.vigil.alerts;

import java.util.EnumSet;
import java.util.Set;

/** Where an alert is in the closed loop. */
public enum AlertState {
  /** Only Vigil read the finding: the reporting radiologist is asked to confirm it first. */
  AWAITING_CONFIRMATION,
  RAISED,
  /** Delivered to at least one recipient. */
  NOTIFIED,
  VIEWED,
  /** A clinician took responsibility. */
  ACKNOWLEDGED,
  /** Its deadline passed; the next person in the chain was told. */
  ESCALATED,
  ACTIONED,
  CLOSED,
  /** A later report version removed the finding. */
  WITHDRAWN,
  /** The radiologist did not confirm Vigil's reading (the reason is kept). */
  REJECTED;

  private static final Set<AlertState> ENDED = EnumSet.of(CLOSED, WITHDRAWN, REJECTED);

  /** Every state before the loop ended ({@code open} in the API's filter). */
  public static Set<AlertState> open() {
    return EnumSet.complementOf(EnumSet.copyOf(ENDED));
  }

  public boolean isOpen() {
    return !ENDED.contains(this);
  }
}
