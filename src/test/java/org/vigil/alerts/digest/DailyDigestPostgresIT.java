package org.vigil.alerts.digest;

import org.vigil.support.UsePostgres;

@UsePostgres
class DailyDigestPostgresIT extends DailyDigestSuite {}
