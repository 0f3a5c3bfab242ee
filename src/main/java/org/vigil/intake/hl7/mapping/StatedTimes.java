package org.vigil.intake.hl7.mapping;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.vigil.record.UnreadableTime;

/**
 * Reads the times of one order or report, remembering each one that was stated but is no real
 * time (month 13, 30 February, "NOTADATE", a year alone): it stays unknown (null) and goes on the
 * data-quality list; it is never replaced by the receipt time.
 */
final class StatedTimes {

  private final ZoneId zone;
  private final List<UnreadableTime> unreadable = new ArrayList<>();

  StatedTimes(ZoneId zone) {
    this.zone = zone;
  }

  /** The time {@code raw} states, or null: not stated, or stated but unreadable (noted). */
  Instant read(String raw, String field, UnreadableTime.Kind kind) {
    Instant time = Hl7Time.instant(raw, zone);
    if (time == null && raw != null && !raw.isBlank()) {
      unreadable.add(new UnreadableTime(kind, field, raw.strip()));
    }
    return time;
  }

  boolean isUnreadable(UnreadableTime.Kind kind) {
    return unreadable.stream().anyMatch(t -> t.kind() == kind);
  }

  List<UnreadableTime> unreadable() {
    return List.copyOf(unreadable);
  }
}
