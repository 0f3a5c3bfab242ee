package org.vigil.intake.hl7;

/** MSA-1 in original acknowledgement mode. */
enum AckCode {
  /** Accepted: archived and applied to the record (or already was). */
  AA,
  /** Application error: a well-formed message Vigil could not apply. */
  AE,
  /** Rejected: not HL7, bad header, unsupported type or version, or too large. */
  AR
}
