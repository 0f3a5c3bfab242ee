package org.vigil.intake.fhir;

import org.vigil.support.UsePostgres;

/** FHIR protocol behaviour on a real PostgreSQL server. */
@UsePostgres
class FhirProtocolPostgresIT extends FhirProtocolSuite {}
