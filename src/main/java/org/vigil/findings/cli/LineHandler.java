package org.vigil.findings.cli;

/** Turns one input line into one output line (never throws for a bad line). */
interface LineHandler {
  String handle(String line);
}
