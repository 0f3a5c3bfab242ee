package org.vigil.alerts;

/** The people an alert goes to, in the order a trust's escalation chain lists them. */
public enum EscalationLevel {
  REQUESTER,
  CONSULTANT,
  TEAM,
  FAILSAFE_OFFICER,
  CLINICAL_DIRECTOR
}
