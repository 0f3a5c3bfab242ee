package org.vigil.intake.fhir;

import org.vigil.support.UsePostgres;

/** FHIR patients on a real PostgreSQL server. */
@UsePostgres
class FhirPatientsPostgresIT extends FhirPatientsSuite {}
