package org.vigil.intake.fhir;

/** FHIR reports on the embedded default database. */
class FhirReportsH2IT extends FhirReportsSuite {}
