package org.vigil.findings;

/** Report sections, UK and US styles mapped to one set. */
public enum SectionKind {
  INDICATION,
  /** The patient's past history ("Past medical history:"): everything under it is history. */
  HISTORY,
  TECHNIQUE,
  COMPARISON,
  FINDINGS,
  IMPRESSION,
  RECOMMENDATION,
  ADDENDUM,
  /** Text before any heading, or under a heading Vigil does not know. */
  BODY
}
