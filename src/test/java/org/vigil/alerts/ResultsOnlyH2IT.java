package org.vigil.alerts;

class ResultsOnlyH2IT extends ResultsOnlySuite {}
