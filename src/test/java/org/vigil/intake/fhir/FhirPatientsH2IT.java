package org.vigil.intake.fhir;

/** FHIR patients on the embedded default database. */
class FhirPatientsH2IT extends FhirPatientsSuite {}
