package org.vigil.record;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to change the imaging record. Each method runs in the caller's transaction (or its
 * own) and publishes a domain event for every change, so intake can commit the message archive and
 * the record together before it acknowledges.
 */
@Service
@Transactional
public class ImagingRecord {

  private static final Logger log = LoggerFactory.getLogger(ImagingRecord.class);

  private final PatientIndex index;
  private final Patients patients;
  private final Exams exams;
  private final Reports reports;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ImagingRecord(PatientIndex index, Patients patients, Exams exams, Reports reports,
      ApplicationEventPublisher events, Clock clock) {
    this.index = index;
    this.patients = patients;
    this.exams = exams;
    this.reports = reports;
    this.events = events;
    this.clock = clock;
  }

  /** ADT^A08/A31/A04 and the PID of any message: find or register the patient, update details. */
  public PatientId registerPatient(PatientDetails patient, Provenance provenance) {
    return index.resolve(patient, provenance, clock.instant());
  }

  /** ORM/OMI: a new order, a status change, a cancel or a discontinue. */
  public ExamId recordOrder(PatientDetails patient, OrderDetails order, Provenance provenance) {
    Instant now = clock.instant();
    PatientId patientId = index.resolve(patient, provenance, now);
    Optional<Exam> existing = exams.findByAccession(order.accessionNumber());
    if (existing.isPresent()) {
      Exam before = existing.get();
      Exam after = ExamChanges.apply(before, order, now);
      exams.update(after);
      announceStatus(before, after, provenance, now);
      return after.id();
    }
    Exam created = ExamChanges.create(ExamId.next(), patientId, order, now);
    exams.insert(created);
    events.publishEvent(new ExamOrdered(created.id(), patientId, created.accessionNumber(),
        created.status(), provenance, now));
    linkWaitingReports(created, provenance, now);
    return created.id();
  }

  /**
   * ORU or a FHIR DiagnosticReport: store a new report version on its examination. A report whose
   * order Vigil has not seen creates the examination from the order fields the result repeats
   * (results-only feeds), so it can be found and its alerts have an owner; a later order merges
   * into it. A result only fills in what the examination does not know yet.
   */
  public ReportId recordReport(PatientDetails patient, ReportDetails details, Provenance provenance) {
    Instant now = clock.instant();
    PatientId patientId = index.resolve(patient, provenance, now);
    Optional<Exam> found = exams.findByAccession(details.accessionNumber());
    if (found.isPresent() && !found.get().patientId().equals(patientId)) {
      log.warn("report patient differs from its exam's patient; filing under the exam's patient");
      patientId = found.get().patientId();
    }
    if (found.isEmpty() && !reports.hasWaiting(details.accessionNumber())) {
      return reportOnNewExam(patientId, details, provenance, now);
    }
    Exam exam = found.isPresent() ? found.get()
        : examFromResult(patientId, details.order(), provenance, now);
    Report report = newReport(exam.id(), patientId, details,
        reports.nextSequence(details.accessionNumber()), provenance, now);
    reports.insert(report, details.sections());
    markReported(exam, ExamChanges.filledFrom(exam, details.order(), now), details, now,
        provenance);
    events.publishEvent(new ReportReceived(report.id(), report.examId(), patientId,
        report.accessionNumber(), report.status(), report.sequence(), provenance, now));
    return report.id();
  }

  /**
   * The usual results-only case: the first report of an accession nobody ordered. The examination
   * is written once, already reported (not inserted and then updated: this is the intake's hot
   * path), with the same events as an order followed by its report.
   */
  private ReportId reportOnNewExam(PatientId patientId, ReportDetails details,
      Provenance provenance, Instant now) {
    Exam created = ExamChanges.fromResult(ExamId.next(), patientId, details.order(), now);
    Exam reported = ExamChanges.reported(created, details.status(), reportedAt(details, now),
        performedFromReport(details), now);
    exams.insert(reported);
    events.publishEvent(new ExamOrdered(created.id(), patientId, created.accessionNumber(),
        created.status(), provenance, now));
    // no report of this accession exists (none waits, and none can belong to an exam that does
    // not exist), so this is its first version
    Report report = newReport(created.id(), patientId, details, 1, provenance, now);
    reports.insert(report, details.sections());
    announceStatus(created, reported, provenance, now);
    events.publishEvent(new ReportReceived(report.id(), report.examId(), patientId,
        report.accessionNumber(), report.status(), report.sequence(), provenance, now));
    return report.id();
  }

  private static Report newReport(ExamId examId, PatientId patientId, ReportDetails details,
      int sequence, Provenance provenance, Instant now) {
    return new Report(ReportId.next(), examId, patientId, details.accessionNumber(), sequence,
        details.status(), details.text(),
        details.radiologist(), details.abnormalFlag(), details.alertCodes(),
        reportedAt(details, now), now, provenance.channel(), provenance.messageId());
  }

  /**
   * Reports stored without an examination (before results-only examinations existed): each
   * accession gets its examination from what its reports say. Returns the examinations made.
   */
  public int linkStoredOrphans(String accessionNumber, Provenance provenance) {
    if (exams.findByAccession(accessionNumber).isPresent()) {
      Exam exam = exams.findByAccession(accessionNumber).get();
      linkWaitingReports(exam, provenance, clock.instant());
      return 0;
    }
    List<Report> waiting = reports.ofAccession(accessionNumber).stream()
        .filter(r -> r.examId() == null).toList();
    if (waiting.isEmpty()) {
      return 0;
    }
    Report first = waiting.get(0);
    OrderDetails order = new OrderDetails(accessionNumber, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null);
    examFromResult(first.patientId(), order, provenance, clock.instant());
    return 1;
  }

  private Exam examFromResult(PatientId patientId, OrderDetails order, Provenance provenance,
      Instant now) {
    Exam created = ExamChanges.fromResult(ExamId.next(), patientId, order, now);
    exams.insert(created);
    events.publishEvent(new ExamOrdered(created.id(), patientId, created.accessionNumber(),
        created.status(), provenance, now));
    boolean linked = linkWaitingReports(created, provenance, now);
    return linked ? exams.find(created.id()).orElseThrow() : created;
  }

  /** ADT^A40: {@code mergedIdentifier}'s patient becomes part of the surviving patient. */
  public PatientId mergePatients(PatientDetails surviving, PatientIdentifier mergedIdentifier,
      Provenance provenance) {
    FieldLimits.check(mergedIdentifier);
    Instant now = clock.instant();
    PatientId survivor = index.resolve(surviving, provenance, now);
    Optional<PatientId> merged = patients.identifierOwner(mergedIdentifier).map(patients::surviving);
    if (merged.isEmpty()) {
      // Never seen: keep the old identifier as an alias so later messages that use it still resolve.
      patients.addIdentifier(survivor, mergedIdentifier, false, now);
      events.publishEvent(new PatientUpdated(survivor, provenance, now));
      return survivor;
    }
    if (merged.get().equals(survivor)) {
      return survivor;
    }
    int examsMoved = exams.movePatient(merged.get(), survivor, now);
    int reportsMoved = reports.movePatient(merged.get(), survivor);
    patients.markMerged(merged.get(), survivor, now);
    patients.recordMerge(survivor, merged.get(), provenance.messageId(), examsMoved, reportsMoved,
        now);
    events.publishEvent(new PatientsMerged(survivor, merged.get(), examsMoved, reportsMoved,
        provenance, now));
    return survivor;
  }

  /**
   * ADT^A47: {@code previous} is replaced by {@code current}'s primary identifier. The previous
   * identifier stays on record, inactive, and still resolves to the patient.
   */
  public PatientId changeIdentifier(PatientIdentifier previous, PatientDetails current,
      Provenance provenance) {
    FieldLimits.check(previous);
    Instant now = clock.instant();
    PatientIdentifier replacement = current.matchableIdentifiers().stream().findFirst()
        .orElseThrow(() -> new RecordRejection("A47 without a new identifier in PID-3"));
    Optional<PatientId> owner = patients.identifierOwner(previous).map(patients::surviving);
    Optional<PatientId> taken = patients.identifierOwner(replacement).map(patients::surviving);
    if (taken.isPresent() && !taken.equals(owner)) {
      throw new RecordRejection("new identifier already belongs to another patient: merge (A40) instead");
    }
    if (owner.isEmpty()) {
      PatientId id = index.resolve(current, provenance, now);
      patients.addIdentifier(id, previous, false, now);
      return id;
    }
    if (taken.isEmpty()) {
      patients.addIdentifier(owner.get(), replacement, true, now);
    }
    patients.retireIdentifier(previous);
    patients.find(owner.get()).ifPresent(p -> patients.updateDemographics(p, current, now));
    events.publishEvent(new PatientIdentifierChanged(owner.get(), previous, replacement, provenance,
        now));
    return owner.get();
  }

  /** Links reports stored before their examination; whether there were any. */
  private boolean linkWaitingReports(Exam exam, Provenance provenance, Instant now) {
    List<ReportId> linked = reports.linkWaiting(exam.accessionNumber(), exam.id(), exam.patientId());
    if (linked.isEmpty()) {
      return false;
    }
    Exam current = exam;
    for (Report report : reports.ofExam(exam.id())) {
      // a report's time is as stated, its receipt when none was stated, or unknown (null) when
      // the stated time was unreadable: never replaced by a receipt time then
      current = ExamChanges.reported(current, report.status(), report.reportedAt(), now);
    }
    exams.update(current);
    announceStatus(exam, current, provenance, now);
    linked.forEach(id -> events.publishEvent(new ReportLinked(id, exam.id(), now)));
    return true;
  }

  private void markReported(Exam before, Exam filled, ReportDetails details, Instant now,
      Provenance provenance) {
    Exam after = ExamChanges.reported(filled, details.status(), reportedAt(details, now),
        performedFromReport(details), now);
    exams.update(after);
    announceStatus(before, after, provenance, now);
  }

  private void announceStatus(Exam before, Exam after, Provenance provenance, Instant now) {
    if (before.status() != after.status()) {
      events.publishEvent(new ExamStatusChanged(after.id(), after.patientId(), before.status(),
          after.status(), provenance, now));
    }
  }

  /** Whether the report's performed time may stand in for a performed time nobody stated. */
  private static boolean performedFromReport(ReportDetails details) {
    return !details.order().isUnreadable(UnreadableTime.Kind.PERFORMED);
  }

  /** As stated; when Vigil received it if none was stated; unknown if it could not be read. */
  private static Instant reportedAt(ReportDetails details, Instant now) {
    if (details.reportedAt() != null || details.reportTimeUnknown()) {
      return details.reportedAt();
    }
    return now;
  }
}
