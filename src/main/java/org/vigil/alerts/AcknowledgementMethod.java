package org.vigil.alerts;

/** How an acknowledgement reached Vigil. */
public enum AcknowledgementMethod {
  IN_APP,
  API,
  PHONE,
  IN_PERSON,
  /** An electronic patient record updated the alert's FHIR Task. */
  FHIR
}
