package org.vigil.findings;

/** A sentence of a report: its index, section and character span in the report text. */
public record Sentence(int index, SectionKind section, String text, int start, int end) {}
