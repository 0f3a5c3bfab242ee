package org.vigil.findings;

/**
 * A context trigger that changed how a mention is read: {@code kind} is one of negated, uncertain,
 * historical, hypothetical, experiencer, or a category condition (e.g. "tension", "size").
 */
public record Modifier(String kind, String trigger, int start, int end) {}
