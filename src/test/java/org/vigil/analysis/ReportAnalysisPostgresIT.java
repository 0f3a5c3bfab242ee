package org.vigil.analysis;

import org.vigil.support.UsePostgres;

@UsePostgres
class ReportAnalysisPostgresIT extends ReportAnalysisSuite {}
