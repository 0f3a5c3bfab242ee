package org.vigil.alerts;

/** Who said the report needs an alert. */
public enum AlertSource {
  /** The radiologist flagged it (abnormal flag or an alert text code). */
  RADIOLOGIST,
  /** Only the findings engine read it. */
  FINDINGS_ENGINE
}
