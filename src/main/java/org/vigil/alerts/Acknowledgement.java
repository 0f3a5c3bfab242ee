package org.vigil.alerts;

import java.time.Instant;
import java.util.Objects;

/** A clinician took responsibility for an alert: who, when and how. */
public record Acknowledgement(String by, Instant at, AcknowledgementMethod method,
    ReadBack readBack) {

  public Acknowledgement {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(readBack, "readBack");
    if (by == null || by.isBlank()) {
      throw new IllegalArgumentException("an acknowledgement names who took responsibility");
    }
    if (readBack == ReadBack.UNABLE_TO_REACH) {
      throw new IllegalArgumentException("nobody was reached: that is not an acknowledgement");
    }
    boolean verbal = method == AcknowledgementMethod.PHONE || method == AcknowledgementMethod.IN_PERSON;
    if (verbal && readBack == ReadBack.NOT_VERBAL) {
      throw new IllegalArgumentException("a verbal acknowledgement records its read-back");
    }
  }

  public static Acknowledgement inApp(String by, Instant at) {
    return new Acknowledgement(by, at, AcknowledgementMethod.IN_APP, ReadBack.NOT_VERBAL);
  }
}
