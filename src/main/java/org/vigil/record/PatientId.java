package org.vigil.record;

import java.util.UUID;

public record PatientId(UUID value) {

  public PatientId {
    java.util.Objects.requireNonNull(value, "value");
  }

  public static PatientId next() {
    return new PatientId(TimeOrderedIds.next());
  }

  public static PatientId of(String value) {
    return new PatientId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
