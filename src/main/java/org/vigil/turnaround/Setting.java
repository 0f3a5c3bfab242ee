package org.vigil.turnaround;

import org.vigil.record.PatientClass;
import org.vigil.record.Priority;

/**
 * The patient setting a turnaround target is set for. The record keeps the stated priority and
 * the patient class (PV1-2); the setting is derived from both, first match wins: a 2-week-wait
 * priority (intake maps OBR-27 / TQ1-9 codes such as "2WW" to it) is the cancer pathway whatever
 * the class; an emergency priority or class is ED; an inpatient priority or class is inpatient;
 * a GP direct-access priority or the GP class is GP direct access; everything else is outpatient.
 */
public enum Setting {
  ED,
  INPATIENT,
  TWO_WEEK_WAIT,
  GP_DIRECT_ACCESS,
  OUTPATIENT;

  public static Setting of(Priority priority, PatientClass patientClass) {
    if (priority == Priority.TWO_WEEK_WAIT) {
      return TWO_WEEK_WAIT;
    }
    if (priority == Priority.EMERGENCY_DEPARTMENT || patientClass == PatientClass.EMERGENCY) {
      return ED;
    }
    if (priority == Priority.INPATIENT || patientClass == PatientClass.INPATIENT) {
      return INPATIENT;
    }
    if (priority == Priority.GP_DIRECT_ACCESS || patientClass == PatientClass.GP) {
      return GP_DIRECT_ACCESS;
    }
    return OUTPATIENT;
  }
}
