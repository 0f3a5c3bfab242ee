/**
 * HL7 v2 over MLLP: own framing ({@link org.vigil.intake.hl7.MllpServer}), HAPI's pipe parser into
 * v2.5.1 structures, mapping to imaging-record commands, one transaction per message with its
 * archive row, and ACKs sent only after the commit. See docs/intake-hl7.md.
 */
package org.vigil.intake.hl7;
