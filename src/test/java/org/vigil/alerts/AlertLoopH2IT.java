package org.vigil.alerts;

class AlertLoopH2IT extends AlertLoopSuite {}
