package org.vigil.turnaround;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.alerts.Alerts;
import org.vigil.findings.AlertCategory;
import org.vigil.record.Exam;
import org.vigil.record.ExamId;
import org.vigil.record.Exams;

/**
 * Keeps one examination's backlog row in step with the record: computes its stage, target, due
 * time, fail-safe threshold and next escalation, or removes the row when the exam waits for
 * nothing (reported, cancelled). Idempotent and order-free: it reads the exam as it is now, so
 * events may come late, twice or out of order. A concurrent change is caught by reading the exam
 * again after writing and starting over if it moved.
 */
@Service
class BacklogKeeper {

  private static final Logger log = LoggerFactory.getLogger(BacklogKeeper.class);
  private static final int ATTEMPTS = 5;

  private final Exams exams;
  private final Backlog backlog;
  private final Targets targets;
  private final Alerts alerts;
  private final TransactionTemplate tx;
  private final Clock clock;

  BacklogKeeper(Exams exams, Backlog backlog, Targets targets, Alerts alerts,
      TransactionTemplate tx, Clock clock) {
    this.exams = exams;
    this.backlog = backlog;
    this.targets = targets;
    this.alerts = alerts;
    this.tx = tx;
    this.clock = clock;
  }

  /** Brings the row of this examination up to date with the record. */
  void sync(ExamId id) {
    for (int attempt = 1; ; attempt++) {
      try {
        Boolean settled = tx.execute(status -> syncOnce(id));
        if (Boolean.TRUE.equals(settled)) {
          return;
        }
      } catch (DataIntegrityViolationException raced) {
        // another sync inserted the same row first: read again and update it
        if (attempt == ATTEMPTS) {
          throw raced;
        }
      }
      if (attempt == ATTEMPTS) {
        throw new IllegalStateException("backlog row of exam " + id.value()
            + " kept changing under " + ATTEMPTS + " attempts");
      }
      log.debug("exam {} changed while its backlog row was written; again", id.value());
    }
  }

  private boolean syncOnce(ExamId id) {
    Optional<Exam> read = exams.find(id);
    if (read.isEmpty()) {
      backlog.remove(id);
      return true;
    }
    Exam exam = read.get();
    Optional<BacklogItem> item = itemOf(exam);
    if (item.isPresent()) {
      backlog.save(item.get(), clock.instant());
    } else {
      backlog.remove(id);
    }
    return Objects.equals(exams.find(id).orElse(null), exam);
  }

  Optional<BacklogItem> itemOf(Exam exam) {
    Stage stage = Stage.of(exam);
    if (stage == null) {
      return Optional.empty();
    }
    Setting setting = Setting.of(exam.priority(), exam.patientClass());
    FailSafeThresholds limits = targets.thresholds();
    String subspecialty = Subspecialties.of(exam.modality(), exam.bodyPart(),
        exam.procedureName());
    Instant since;
    Instant due = null;
    Duration target = null;
    Instant listAt;
    boolean critical = false;
    switch (stage) {
      case AWAITING_PERFORMANCE -> {
        since = first(exam.requestedAt(), exam.scheduledAt(), exam.createdAt());
        listAt = since.plus(limits.neverPerformedAfter());
      }
      case AWAITING_REPORT -> {
        since = first(exam.performedAt(), exam.updatedAt(), exam.createdAt());
        target = targets.reportWithin(exam.priority(), setting, exam.modality(), exam.site());
        due = since.plus(target);
        listAt = since.plus(limits.lostAfter());
      }
      default -> {
        since = first(exam.preliminaryAt(), exam.updatedAt(), exam.createdAt());
        listAt = since.plus(limits.preliminaryWithoutFinalAfter());
        critical = hasOpenCriticalAlert(exam);
      }
    }
    Instant next = due == null || listAt.isBefore(due) ? listAt : due;
    return Optional.of(new BacklogItem(exam.id(), stage, exam.priority(), setting,
        exam.modality(), exam.site(), subspecialty, since, due, target, listAt, next, critical));
  }

  private boolean hasOpenCriticalAlert(Exam exam) {
    return alerts.ofAccession(exam.accessionNumber()).stream()
        .anyMatch(a -> a.category() == AlertCategory.CRITICAL && a.state().isOpen()
            && (a.subject().examId() == null || a.subject().examId().equals(exam.id())));
  }

  private static Instant first(Instant... candidates) {
    for (Instant i : candidates) {
      if (i != null) {
        return i;
      }
    }
    throw new IllegalStateException("an examination without any time");
  }

}
