package org.vigil.analysis;

import org.vigil.support.UsePostgres;

@UsePostgres
class FalseAlertReportsPostgresIT extends FalseAlertReportsSuite {}
