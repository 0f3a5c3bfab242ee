package org.vigil.intake.fhir;

import org.vigil.support.UsePostgres;

/** FHIR orders on a real PostgreSQL server. */
@UsePostgres
class FhirOrdersPostgresIT extends FhirOrdersSuite {}
