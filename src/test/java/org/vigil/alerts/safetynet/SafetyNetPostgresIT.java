package org.vigil.alerts.safetynet;

import org.vigil.support.UsePostgres;

@UsePostgres
class SafetyNetPostgresIT extends SafetyNetSuite {}
