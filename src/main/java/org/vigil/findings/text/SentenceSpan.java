package org.vigil.findings.text;

import org.vigil.findings.SectionKind;

/** A sentence as spans: characters [start, end) of the report and tokens [firstToken, endToken). */
public record SentenceSpan(
    int index, SectionKind section, int start, int end, int firstToken, int endToken) {}
