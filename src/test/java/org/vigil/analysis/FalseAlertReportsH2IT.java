package org.vigil.analysis;

class FalseAlertReportsH2IT extends FalseAlertReportsSuite {}
