package org.vigil.turnaround.dashboard;

import java.time.Duration;
import org.springframework.stereotype.Component;
import org.vigil.record.PatientClass;
import org.vigil.record.Priority;
import org.vigil.turnaround.Setting;
import org.vigil.turnaround.Targets;

/** The dashboard's targets are the module's configured targets. */
@Component
class ConfiguredTargets implements TargetLookup {

  private final Targets targets;

  ConfiguredTargets(Targets targets) {
    this.targets = targets;
  }

  @Override
  public Duration within(Priority priority, PatientClass patientClass, String modality,
      String site) {
    return targets.reportWithin(priority, patientClass, modality, site);
  }

  @Override
  public String setting(Priority priority, PatientClass patientClass) {
    return Setting.of(priority, patientClass).name();
  }
}
