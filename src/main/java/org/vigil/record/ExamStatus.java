package org.vigil.record;

/**
 * Where an examination is in its life. The record only moves forward along this order (a late
 * "scheduled" after a final report changes nothing); cancel and discontinue end it unless a final
 * report already exists.
 */
public enum ExamStatus {
  REQUESTED,
  SCHEDULED,
  IN_PROGRESS,
  PERFORMED,
  PRELIMINARY_REPORTED,
  REPORTED,
  CANCELLED,
  DISCONTINUED;

  public boolean isEnded() {
    return this == CANCELLED || this == DISCONTINUED;
  }

  /** The status after {@code requested} is asked for, given this one. */
  public ExamStatus advanceTo(ExamStatus requested) {
    if (requested == null || requested == this) {
      return this;
    }
    if (requested.isEnded()) {
      return this == REPORTED ? this : requested;
    }
    if (isEnded()) {
      // A report or performance after a cancel means the exam did happen: believe the later fact.
      return requested.ordinal() >= PERFORMED.ordinal() ? requested : this;
    }
    return requested.ordinal() > ordinal() ? requested : this;
  }
}
