package org.vigil.alerts;

import org.vigil.support.UsePostgres;

@UsePostgres
class ResultsOnlyPostgresIT extends ResultsOnlySuite {}
