package org.vigil.record;

import java.util.Collection;
import java.util.Objects;

/**
 * A time the sender stated but that is no real time (month 13, 30 February, "NOTADATE"): the
 * record keeps it unknown (null), never puts the receipt time in its place, and intake lists it
 * for data quality. {@code field} names where it came from (e.g. "OBR-7"); {@code raw} is the
 * value as sent.
 */
public record UnreadableTime(Kind kind, String field, String raw) {

  /** Which of the record's times it would have been. */
  public enum Kind { REQUESTED, SCHEDULED, PERFORMED, REPORTED, MESSAGE }

  public UnreadableTime {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(raw, "raw");
  }

  static boolean any(Collection<UnreadableTime> times, Kind kind) {
    return times.stream().anyMatch(t -> t.kind() == kind);
  }
}
