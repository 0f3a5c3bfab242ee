package org.vigil.record;

/** The setting the patient is in (HL7 PV1-2). */
public enum PatientClass {
  EMERGENCY,
  INPATIENT,
  OUTPATIENT,
  GP,
  UNKNOWN
}
