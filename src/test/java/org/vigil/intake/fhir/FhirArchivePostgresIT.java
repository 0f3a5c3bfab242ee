package org.vigil.intake.fhir;

import org.vigil.support.UsePostgres;

/** FHIR archive and dead letters on a real PostgreSQL server. */
@UsePostgres
class FhirArchivePostgresIT extends FhirArchiveSuite {}
