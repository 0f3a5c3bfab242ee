package org.vigil.turnaround.dashboard;

import java.time.Duration;
import org.vigil.record.PatientClass;
import org.vigil.record.Priority;

/**
 * The report target and setting of an examination, as the turnaround targets set them. An
 * interface so the aggregates and the forecast can be tested against fixed targets.
 */
public interface TargetLookup {

  /** How long after being performed the exam must be reported. */
  Duration within(Priority priority, PatientClass patientClass, String modality, String site);

  /** The patient setting (ED, INPATIENT, ...) the targets are set by. */
  String setting(Priority priority, PatientClass patientClass);
}
