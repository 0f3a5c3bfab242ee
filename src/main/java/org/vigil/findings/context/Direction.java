package org.vigil.findings.context;

/** Which side of a trigger its scope lies. */
public enum Direction {
  FORWARD,
  BACKWARD,
  BOTH;

  boolean forward() {
    return this != BACKWARD;
  }

  boolean backward() {
    return this != FORWARD;
  }
}
