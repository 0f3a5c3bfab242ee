package org.vigil.findings.kb;

/** A concept found at tokens [first, end) of a sentence. */
public record Mention(Concept concept, int first, int end) {}
