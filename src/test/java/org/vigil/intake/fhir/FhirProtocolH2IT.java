package org.vigil.intake.fhir;

/** FHIR protocol behaviour on the embedded default database. */
class FhirProtocolH2IT extends FhirProtocolSuite {}
