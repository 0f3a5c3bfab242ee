package org.vigil.alerts.digest;

class DailyDigestH2IT extends DailyDigestSuite {}
