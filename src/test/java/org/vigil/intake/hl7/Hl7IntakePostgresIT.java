package org.vigil.intake.hl7;

import org.vigil.support.UsePostgres;

/** HL7 intake on a real PostgreSQL server. */
@UsePostgres
class Hl7IntakePostgresIT extends Hl7IntakeSuite {}
