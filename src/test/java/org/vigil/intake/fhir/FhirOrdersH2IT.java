package org.vigil.intake.fhir;

/** FHIR orders on the embedded default database. */
class FhirOrdersH2IT extends FhirOrdersSuite {}
