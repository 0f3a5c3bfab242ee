/**
 * The patient safety net (off by default): when a CRITICAL, URGENT or CANCER alert reaches the
 * end of its escalation chain unactioned, a notice to the patient (letter or text, configured
 * wording, never report text) is queued, recorded as a delivery and in the alert's history, and
 * listed for the fail-safe office to send and mark sent.
 */
package org.vigil.alerts.safetynet;
