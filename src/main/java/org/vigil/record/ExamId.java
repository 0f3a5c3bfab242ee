package org.vigil.record;

import java.util.UUID;

public record ExamId(UUID value) {

  public ExamId {
    java.util.Objects.requireNonNull(value, "value");
  }

  public static ExamId next() {
    return new ExamId(TimeOrderedIds.next());
  }

  public static ExamId of(String value) {
    return new ExamId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
