package org.vigil.record;

import java.util.UUID;

public record ReportId(UUID value) {

  public ReportId {
    java.util.Objects.requireNonNull(value, "value");
  }

  public static ReportId next() {
    return new ReportId(TimeOrderedIds.next());
  }

  public static ReportId of(String value) {
    return new ReportId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
