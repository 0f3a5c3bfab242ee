package org.vigil.intake.hl7;

/** HL7 intake on the embedded default database. */
class Hl7IntakeH2IT extends Hl7IntakeSuite {}
