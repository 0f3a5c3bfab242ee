package org.vigil.alerts;

import java.util.Objects;
import java.util.UUID;
import org.vigil.record.TimeOrderedIds;

/** Identifies one alert. */
public record AlertId(UUID value) {

  public AlertId {
    Objects.requireNonNull(value, "value");
  }

  public static AlertId next() {
    return new AlertId(TimeOrderedIds.next());
  }

  public static AlertId of(String value) {
    return new AlertId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
