package org.vigil.record;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pure rules for how order and report facts change an examination. Times are the feed's own
 * (docs/intake-hl7.md "Timeline"); the rules for late, out-of-order and corrected messages:
 * <ul>
 *   <li>a cancel's time is the time it states (ORC-9, else ORC-15), the receipt time only when it
 *       states none;
 *   <li>a cancel or discontinue stated to have happened <em>before</em> the exam's recorded
 *       performed time is stale (sent late, or out of order): it is logged and not applied, so a
 *       performed exam never leaves the backlog on an old message;
 *   <li>a re-opened exam (performed or reported after a cancel) loses its cancelled time;
 *   <li>a stated time that moves a recorded step backwards (performed earlier than before,
 *       requested after performed, a report before its exam was performed) is logged, without
 *       patient data; the stated time is kept, since it is the sender's record, and turnaround
 *       figures count a negative interval as inconsistent rather than as fast.
 * </ul>
 */
final class ExamChanges {

  private static final Logger log = LoggerFactory.getLogger(ExamChanges.class);

  private ExamChanges() {}

  static Exam create(ExamId id, PatientId patient, OrderDetails d, Instant now) {
    ExamStatus status = d.status() == null ? ExamStatus.REQUESTED : d.status();
    return new Exam(id, patient, d.accessionNumber(), d.placerNumber(), d.fillerNumber(),
        d.procedureCode(), d.procedureName(), d.modality(), d.bodyPart(),
        d.priority() == null ? Priority.ROUTINE : d.priority(),
        d.patientClass() == null ? PatientClass.UNKNOWN : d.patientClass(),
        d.requester(), d.consultant(), d.team(), d.site(), status,
        requestedAt(d, now), d.scheduledAt(), d.performedAt(),
        null, null, status.isEnded() ? or(d.statusAt(), now) : null, now, now);
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
    if (status.isEnded() && !e.status().isEnded() && isStale(e, d)) {
      log.warn("exam {}: a {} stated at {} is older than the recorded performed time {}; not applied",
          e.id().value(), d.status(), d.statusAt(), e.performedAt());
      status = e.status();
    }
    Instant cancelledAt = status.isEnded() && !e.status().isEnded() ? or(d.statusAt(), now)
        : status.isEnded() ? e.cancelledAt() : null;
    warnIfBackwards(e, "performed", e.performedAt(), d.performedAt());
    warnIfBackwards(e, "performed", or(d.requestedAt(), e.requestedAt()),
        or(d.performedAt(), e.performedAt()));
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
    warnIfBackwards(e, "report", performed, fin != e.finalAt() ? fin : prelim);
    Instant cancelled = status.isEnded() ? e.cancelledAt() : null; // a report re-opens
    return new Exam(e.id(), e.patientId(), e.accessionNumber(), e.placerNumber(), e.fillerNumber(),
        e.procedureCode(), e.procedureName(), e.modality(), e.bodyPart(), e.priority(),
        e.patientClass(), e.requester(), e.consultant(), e.team(), e.site(), status,
        e.requestedAt(), e.scheduledAt(), performed, prelim, fin, cancelled, e.createdAt(),
        now);
  }

  /** A cancel or discontinue stated before the exam was performed, arriving after it was. */
  private static boolean isStale(Exam e, OrderDetails d) {
    return d.statusAt() != null && e.performedAt() != null && d.statusAt().isBefore(e.performedAt());
  }

  /** Logs when {@code later} (a step's stated time) comes before {@code earlier}; ids only. */
  private static void warnIfBackwards(Exam e, String field, Instant earlier, Instant later) {
    if (earlier != null && later != null && later.isBefore(earlier)) {
      log.warn("exam {}: stated {} time {} is earlier than {}: a time moved backwards", e.id().value(),
          field, later, earlier);
    }
  }

  private static <T> T or(T value, T fallback) {
    if (value instanceof String s && s.isBlank()) {
      return fallback;
    }
    return value == null ? fallback : value;
  }
}
