package org.vigil.alerts.fhir;

import org.vigil.support.UsePostgres;

@UsePostgres
class AlertFhirPostgresIT extends AlertFhirSuite {}
