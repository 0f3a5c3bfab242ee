package org.vigil.turnaround.dashboard;

/** The dashboard's aggregates on the embedded default database. */
class TurnaroundAggregatesH2IT extends TurnaroundAggregatesSuite {}
