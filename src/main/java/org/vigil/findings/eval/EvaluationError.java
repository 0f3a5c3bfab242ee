package org.vigil.findings.eval;

/** One miss, for a developer to look at: which item, what kind of miss, expected and got. */
public record EvaluationError(String id, String kind, String expected, String got) {}
