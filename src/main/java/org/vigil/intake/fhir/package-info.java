/**
 * FHIR R4 intake at {@code /fhir}: the HAPI plain server, its resource providers (Patient,
 * ServiceRequest, DiagnosticReport), one transaction per write with its archive row, and refused
 * writes kept as dead letters and replayed, like HL7 messages. Resources are read and written by
 * {@link org.vigil.intake.fhir.mapping}. HAPI FHIR types never leave this package and its parts.
 */
package org.vigil.intake.fhir;
