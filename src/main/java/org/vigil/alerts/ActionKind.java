package org.vigil.alerts;

/** What was done about an acknowledged alert. */
public enum ActionKind {
  PATIENT_CONTACTED,
  PATIENT_RECALLED,
  REFERRAL_MADE,
  FOLLOW_UP_BOOKED,
  TREATMENT_CHANGED,
  /** Needs a clinical reason. */
  NO_ACTION_NEEDED
}
