/**
 * FHIR R4 intake at {@code /fhir}: ServiceRequest and DiagnosticReport in (turned into imaging
 * record changes), Patient, ServiceRequest and DiagnosticReport out (Vigil's records mapped back to
 * base R4). Writes are archived and refused ones kept as dead letters, like HL7 messages. HAPI
 * FHIR types never leave this package.
 */
package org.vigil.intake.fhir;
