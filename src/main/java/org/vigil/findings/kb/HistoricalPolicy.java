package org.vigil.findings.kb;

/** What a known/unchanged/chronic mention earns: NONE (suppress) or its category (keep). */
public enum HistoricalPolicy {
  SUPPRESS,
  KEEP
}
