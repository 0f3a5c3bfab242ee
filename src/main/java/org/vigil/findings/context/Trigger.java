package org.vigil.findings.context;

/** A context trigger phrase from {@code context.yaml}; {@code window} is its scope in words. */
public record Trigger(String phrase, TriggerKind kind, Direction direction, int window) {}
