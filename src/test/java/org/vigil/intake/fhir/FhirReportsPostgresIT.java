package org.vigil.intake.fhir;

import org.vigil.support.UsePostgres;

/** FHIR reports on a real PostgreSQL server. */
@UsePostgres
class FhirReportsPostgresIT extends FhirReportsSuite {}
