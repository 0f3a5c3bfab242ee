package org.vigil.turnaround.dashboard;

import org.vigil.support.UsePostgres;

/** The dashboard's aggregates on a real PostgreSQL server. */
@UsePostgres
class TurnaroundAggregatesPostgresIT extends TurnaroundAggregatesSuite {}
