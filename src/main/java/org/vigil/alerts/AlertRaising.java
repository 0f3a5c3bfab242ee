package org.vigil.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.vigil.analysis.ReportAnalysed;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.FlagAgreement;
import org.vigil.record.Exam;
import org.vigil.record.Exams;
import org.vigil.record.Report;
import org.vigil.record.Reports;

/**
 * Turns a report's reading into alert changes, within the caller's transaction: raise (or ask the
 * radiologist to confirm), upgrade, confirm by a later flag, or withdraw. Only the newest version
 * of an examination's report counts, so a re-read older version changes nothing; one alert per
 * examination and category, guarded again by the database's unique key.
 */
@Component
class AlertRaising {

  private static final Logger log = LoggerFactory.getLogger(AlertRaising.class);

  private final Reports reports;
  private final Exams exams;
  private final Alerts alerts;
  private final AlertPolicy policy;
  private final Retraction retraction;
  private final Clock clock;

  AlertRaising(Reports reports, Exams exams, Alerts alerts, AlertPolicy policy,
      Retraction retraction, Clock clock) {
    this.reports = reports;
    this.exams = exams;
    this.alerts = alerts;
    this.policy = policy;
    this.retraction = retraction;
    this.clock = clock;
  }

  void apply(ReportAnalysed analysed) {
    Report report = reports.find(analysed.reportId()).orElseThrow(() -> new IllegalStateException(
        "report " + analysed.reportId() + " was analysed but cannot be found"));
    if (!isNewestVersion(report)) {
      log.debug("report {} is not the newest version of {}: no alert change", report.id(),
          report.accessionNumber());
      return;
    }
    AlertSubject subject = subjectOf(report);
    boolean flagged = analysed.flagAgreement() == FlagAgreement.AGREES
        || analysed.flagAgreement() == FlagAgreement.FLAG_WITHOUT_FINDING;
    AlertCategory category = flagged && analysed.category() == AlertCategory.NONE
        ? FlagCategory.of(report) : analysed.category();
    List<Alert> existing = alerts.ofAccession(report.accessionNumber());
    Instant now = clock.instant();
    if (category == AlertCategory.NONE) {
      existing.stream().filter(a -> a.state().isOpen())
          .forEach(a -> withdrawIfRetracted(a, report, subject, now));
      return;
    }
    Optional<Alert> same = existing.stream().filter(a -> a.category() == category).findFirst();
    if (same.isPresent()) {
      refresh(same.get(), subject, flagged, now);
      return;
    }
    Optional<Alert> lower = existing.stream()
        .filter(a -> a.state().isOpen() && a.state() != AlertState.ACTIONED
            && category.outranks(a.category()))
        .findFirst();
    if (lower.isPresent()) {
      upgrade(lower.get(), subject, category, flagged, now);
      return;
    }
    if (existing.stream().anyMatch(a -> a.category().outranks(category))) {
      return; // a less urgent reading than one already alerted raises nothing new
    }
    raise(subject, category, flagged, now);
  }

  private void raise(AlertSubject subject, AlertCategory category, boolean flagged, Instant now) {
    CategoryPolicy rules = policy.of(category, subject.routing().site());
    Alert alert;
    String site = subject.routing().site();
    if (flagged || rules.unflagged() == UnflaggedFinding.RAISE) {
      alert = Alert.raise(subject, category,
          flagged ? AlertSource.RADIOLOGIST : AlertSource.FINDINGS_ENGINE, now,
          policy.due(category, site, now.plus(rules.acknowledgeWithin())));
    } else if (rules.unflagged() == UnflaggedFinding.CONFIRM) {
      alert = Alert.awaitConfirmation(subject, category, now,
          policy.due(category, site, now.plus(rules.confirmWithin())));
    } else {
      log.info("unflagged {} finding on {} not alerted (policy: IGNORE)", category,
          subject.accessionNumber());
      return;
    }
    alerts.add(alert);
  }

  private void refresh(Alert alert, AlertSubject subject, boolean flagged, Instant now) {
    alert.seenIn(subject);
    if (flagged && alert.state() == AlertState.AWAITING_CONFIRMATION) {
      alert.confirm(subject.radiologist() == null ? "radiologist" : subject.radiologist(), now,
          policy.acknowledgeBy(alert, now));
    }
    alerts.save(alert);
  }

  private void upgrade(Alert alert, AlertSubject subject, AlertCategory category, boolean flagged,
      Instant now) {
    alert.seenIn(subject);
    CategoryPolicy rules = policy.of(category, subject.routing().site());
    boolean confirming = alert.state() == AlertState.AWAITING_CONFIRMATION;
    String site = subject.routing().site();
    alert.upgrade(category, now, policy.due(category, site,
        now.plus(confirming ? rules.confirmWithin() : rules.acknowledgeWithin())));
    if (flagged && confirming) {
      alert.confirm(subject.radiologist() == null ? "radiologist" : subject.radiologist(), now,
          policy.due(category, site, now.plus(rules.acknowledgeWithin())));
    }
    alerts.save(alert);
  }

  private void withdrawIfRetracted(Alert alert, Report newest, AlertSubject subject, Instant now) {
    Optional<String> why = retraction.of(alert, newest);
    alert.seenIn(subject);
    why.ifPresentOrElse(reason -> alert.withdraw(now, reason),
        () -> log.info("{} of {} reads no alert finding but does not retract alert {}: kept",
            newest.status(), newest.accessionNumber(), alert.id()));
    alerts.save(alert);
  }

  private boolean isNewestVersion(Report report) {
    return reports.ofAccession(report.accessionNumber()).stream()
        .max(Comparator.comparingInt(Report::sequence))
        .map(newest -> newest.id().equals(report.id()) || newest.sequence() <= report.sequence())
        .orElse(true);
  }

  private AlertSubject subjectOf(Report report) {
    Optional<Exam> exam = report.examId() != null ? exams.find(report.examId())
        : exams.findByAccession(report.accessionNumber());
    Routing routing = exam.map(e -> new Routing(e.requester(), e.consultant(), e.team(), e.site()))
        .orElse(Routing.UNKNOWN);
    return new AlertSubject(report.accessionNumber(), report.id(),
        exam.map(Exam::id).orElse(report.examId()), report.patientId(), report.radiologist(),
        routing);
  }
}
