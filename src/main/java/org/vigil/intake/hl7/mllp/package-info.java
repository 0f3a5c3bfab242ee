/**
 * HL7 over MLLP: the listener ({@link org.vigil.intake.hl7.mllp.MllpServer}), one thread per
 * sender connection, Vigil's own framing ({@code 0x0B} message {@code 0x1C 0x0D}) with size and
 * time limits, and each frame's ACK written back once {@link org.vigil.intake.hl7.Hl7Receiver} has
 * answered it.
 */
package org.vigil.intake.hl7.mllp;
