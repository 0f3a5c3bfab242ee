package org.vigil.record;

/** A section of report text as the sender marked it (e.g. by OBX-3 code), or null heading. */
public record ReportSection(String heading, String code, String text) {}
