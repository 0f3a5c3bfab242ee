/**
 * HL7 v2 intake: for each message, decode, check the header, parse with HAPI into v2.5.1
 * structures, map ({@link org.vigil.intake.hl7.mapping}) to imaging-record commands, commit them
 * with the archive row in one transaction, keep refused ones as dead letters, and build the ACK,
 * sent only after the commit. The MLLP socket is {@link org.vigil.intake.hl7.mllp}. See
 * docs/intake-hl7.md.
 */
package org.vigil.intake.hl7;
