package org.vigil.turnaround;

import org.vigil.support.UsePostgres;

@UsePostgres
class TurnaroundPostgresIT extends TurnaroundSuite {}
