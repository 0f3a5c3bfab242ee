package org.vigil.alerts;

import org.vigil.support.UsePostgres;

@UsePostgres
class AlertLoopPostgresIT extends AlertLoopSuite {}
