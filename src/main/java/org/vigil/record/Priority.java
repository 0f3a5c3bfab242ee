package org.vigil.record;

/** How fast the examination is needed, as the request states it. */
public enum Priority {
  EMERGENCY_DEPARTMENT,
  URGENT,
  INPATIENT,
  TWO_WEEK_WAIT,
  GP_DIRECT_ACCESS,
  ROUTINE
}
