package org.vigil.analysis;

class ReportAnalysisH2IT extends ReportAnalysisSuite {}
