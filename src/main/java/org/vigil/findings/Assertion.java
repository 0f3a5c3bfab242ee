package org.vigil.findings;

import java.util.List;

/** The assertion context of one target phrase in one sentence (the {@code context} command). */
public record Assertion(
    boolean negated,
    boolean uncertain,
    boolean historical,
    boolean hypothetical,
    String experiencer,
    List<Modifier> modifiers) {

  public Assertion {
    modifiers = List.copyOf(modifiers);
  }
}
