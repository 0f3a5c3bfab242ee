/**
 * FHIR resources to and from Vigil's records: ServiceRequest and DiagnosticReport read as order and
 * report changes, Patient, ServiceRequest and DiagnosticReport written from the record (base R4);
 * identifiers, codes, references and the 422/400/404 problems those readings answer with.
 */
package org.vigil.intake.fhir.mapping;
