package org.vigil.alerts.safetynet;

class SafetyNetH2IT extends SafetyNetSuite {}
