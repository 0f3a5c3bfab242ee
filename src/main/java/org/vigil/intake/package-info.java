/**
 * Intake: turns inbound messages (HL7 v2 over MLLP, FHIR R4 over HTTP) into imaging-record changes.
 * Every accepted message is archived with its raw bytes in the same transaction as the change it
 * made; every message Vigil cannot accept is kept as a dead letter, with the reason, until someone
 * fixes and replays it. {@link org.vigil.intake.MessageArchive}, {@link org.vigil.intake.DeadLetters}
 * and {@link org.vigil.intake.DeadLetterReplay} are shared by all channels.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package org.vigil.intake;
