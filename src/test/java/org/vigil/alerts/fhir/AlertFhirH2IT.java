package org.vigil.alerts.fhir;

class AlertFhirH2IT extends AlertFhirSuite {}
