package org.vigil.record;

import java.time.Instant;

/** Pure rules for how order and report facts change an examination. */
final class ExamChanges {

  private ExamChanges() {}

  static Exam create(ExamId id, PatientId patient, OrderDetails d, Instant now) {
    ExamStatus status = d.status() == null ? ExamStatus.REQUESTED : d.status();
    return new Exam(id, patient, d.accessionNumber(), d.placerNumber(), d.fillerNumber(),
        d.procedureCode(), d.procedureName(), d.modality(), d.bodyPart(),
        d.priority() == null ? Priority.ROUTINE : d.priority(),
        d.patientClass() == null ? PatientClass.UNKNOWN : d.patientClass(),
        d.requester(), d.consultant(), d.team(), d.site(), status,
        requestedAt(d, now), d.scheduledAt(), d.performedAt(),
        null, null, status.isEnded() ? now : null, now, now);
  }

  /**
   * An examination known only from its result (no order yet): the order fields the result repeats
   * (OBR, ORC-12, PV1) make it, its status follows the report. The request time is what the result
   * states, or unknown: never the receipt time, which would make every turnaround zero.
   */
  static Exam fromResult(ExamId id, PatientId patient, OrderDetails d, Instant now) {
    Exam e = create(id, patient, d, now);
    return new Exam(e.id(), e.patientId(), e.accessionNumber(), e.placerNumber(),
        e.fillerNumber(), e.procedureCode(), e.procedureName(), e.modality(), e.bodyPart(),
        e.priority(), e.patientClass(), e.requester(), e.consultant(), e.team(), e.site(),
        ExamStatus.REQUESTED, d.requestedAt(), e.scheduledAt(), e.performedAt(), null, null, null,
        now, now);
  }

  /**
   * The exam after a later result repeats order fields: a result fills in what the exam does not
   * know yet and never replaces what it knows (an order's word, or the first result's, stands).
   */
  static Exam filledFrom(Exam e, OrderDetails d, Instant now) {
    if (!hasBlanksFilledBy(e, d)) {
      return e;
    }
    return new Exam(e.id(), e.patientId(), e.accessionNumber(), or(e.placerNumber(), d.placerNumber()),
        or(e.fillerNumber(), d.fillerNumber()), or(e.procedureCode(), d.procedureCode()),
        or(e.procedureName(), d.procedureName()), or(e.modality(), d.modality()),
        or(e.bodyPart(), d.bodyPart()), e.priority(),
        e.patientClass() == PatientClass.UNKNOWN && d.patientClass() != null
            ? d.patientClass() : e.patientClass(),
        or(e.requester(), d.requester()), or(e.consultant(), d.consultant()),
        or(e.team(), d.team()), or(e.site(), d.site()), e.status(), e.requestedAt(),
        e.scheduledAt(), e.performedAt(), e.preliminaryAt(), e.finalAt(), e.cancelledAt(),
        e.createdAt(), now);
  }

  private static boolean hasBlanksFilledBy(Exam e, OrderDetails d) {
    return fills(e.placerNumber(), d.placerNumber()) || fills(e.fillerNumber(), d.fillerNumber())
        || fills(e.procedureCode(), d.procedureCode())
        || fills(e.procedureName(), d.procedureName()) || fills(e.modality(), d.modality())
        || fills(e.bodyPart(), d.bodyPart()) || fills(e.requester(), d.requester())
        || fills(e.consultant(), d.consultant()) || fills(e.team(), d.team())
        || fills(e.site(), d.site())
        || (e.patientClass() == PatientClass.UNKNOWN && d.patientClass() != null
            && d.patientClass() != PatientClass.UNKNOWN);
  }

  private static boolean fills(String known, String stated) {
    return (known == null || known.isBlank()) && stated != null && !stated.isBlank();
  }

  /**
   * OBR-6 (or the like) when stated; the receipt time when not stated at all; unknown (null) when
   * stated but unreadable, so that no turnaround figure is built on the receipt time.
   */
  private static Instant requestedAt(OrderDetails d, Instant now) {
    if (d.requestedAt() != null) {
      return d.requestedAt();
    }
    return d.isUnreadable(UnreadableTime.Kind.REQUESTED) ? null : now;
  }

  /** The exam after an order message; stated fields replace, unstated ones stay. */
  static Exam apply(Exam e, OrderDetails d, Instant now) {
    ExamStatus status = e.status().advanceTo(d.status());
    Instant cancelledAt = status.isEnded() && !e.status().isEnded() ? now : e.cancelledAt();
    return new Exam(e.id(), e.patientId(), e.accessionNumber(), or(d.placerNumber(), e.placerNumber()),
        or(d.fillerNumber(), e.fillerNumber()), or(d.procedureCode(), e.procedureCode()),
        or(d.procedureName(), e.procedureName()), or(d.modality(), e.modality()),
        or(d.bodyPart(), e.bodyPart()), or(d.priority(), e.priority()),
        d.patientClass() == null || d.patientClass() == PatientClass.UNKNOWN
            ? e.patientClass() : d.patientClass(),
        or(d.requester(), e.requester()), or(d.consultant(), e.consultant()),
        or(d.team(), e.team()), or(d.site(), e.site()), status,
        or(d.requestedAt(), e.requestedAt()), or(d.scheduledAt(), e.scheduledAt()),
        or(d.performedAt(), e.performedAt()), e.preliminaryAt(), e.finalAt(), cancelledAt,
        e.createdAt(), now);
  }

  /** The exam after a report version of {@code status}, reported at {@code at}. */
  static Exam reported(Exam e, ReportStatus status, Instant at, Instant now) {
    return reported(e, status, at, true, now);
  }

  /**
   * As above; {@code performedFromReport} false when the performed time was stated but unreadable:
   * it then stays unknown rather than taking the report's time.
   */
  static Exam reported(Exam e, ReportStatus status, Instant at, boolean performedFromReport,
      Instant now) {
    return switch (status) {
      case PRELIMINARY -> with(e, e.status().advanceTo(ExamStatus.PRELIMINARY_REPORTED),
          e.preliminaryAt() == null ? at : e.preliminaryAt(), e.finalAt(), performedFromReport,
          now);
      case FINAL, CORRECTED -> with(e, e.status().advanceTo(ExamStatus.REPORTED),
          e.preliminaryAt(), e.finalAt() == null ? at : e.finalAt(), performedFromReport, now);
      case ADDENDUM -> with(e, e.status(), e.preliminaryAt(), e.finalAt(), performedFromReport,
          now);
    };
  }

  private static Exam with(Exam e, ExamStatus status, Instant prelim, Instant fin,
      boolean performedFromReport, Instant now) {
    Instant performed = e.performedAt() == null && performedFromReport ? or(prelim, fin)
        : e.performedAt();
    return new Exam(e.id(), e.patientId(), e.accessionNumber(), e.placerNumber(), e.fillerNumber(),
        e.procedureCode(), e.procedureName(), e.modality(), e.bodyPart(), e.priority(),
        e.patientClass(), e.requester(), e.consultant(), e.team(), e.site(), status,
        e.requestedAt(), e.scheduledAt(), performed, prelim, fin, e.cancelledAt(), e.createdAt(),
        now);
  }

  private static <T> T or(T value, T fallback) {
    if (value instanceof String s && s.isBlank()) {
      return fallback;
    }
    return value == null ? fallback : value;
  }
}
