package org.vigil.intake.fhir;

/** FHIR archive and dead letters on the embedded default database. */
class FhirArchiveH2IT extends FhirArchiveSuite {}
