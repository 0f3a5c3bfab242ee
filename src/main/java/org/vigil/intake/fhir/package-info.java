/**
 * FHIR R4 intake at {@code /fhir}: ServiceRequest and DiagnosticReport in (turned into imaging
 * record changes), Patient, ServiceRequest and DiagnosticReport out (Vigil's records mapped back to
 * base R4). HAPI FHIR types never leave this package.
 */
package org.vigil.intake.fhir;
