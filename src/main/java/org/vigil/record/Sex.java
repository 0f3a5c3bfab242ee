package org.vigil.record;

/** Administrative sex as HL7 table 0001 sends it. */
public enum Sex {
  F,
  M,
  O,
  U;

  public static Sex fromCode(String code) {
    if (code == null || code.isBlank()) {
      return U;
    }
    return switch (code.strip().toUpperCase()) {
      case "F" -> F;
      case "M" -> M;
      case "O", "A", "N" -> O;
      default -> U;
    };
  }
}
