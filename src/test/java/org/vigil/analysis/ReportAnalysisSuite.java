package org.vigil.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.vigil.record.RecordFixtures.hl7;
import static org.vigil.record.RecordFixtures.patient;
import static org.vigil.record.RecordFixtures.report;
import static org.vigil.record.RecordFixtures.uniqueMrn;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.FlagAgreement;
import org.vigil.record.ImagingRecord;
import org.vigil.record.ReportId;
import org.vigil.record.ReportStatus;

/** Every stored report version is read by the findings engine; re-analysis waits for review. */
@SpringBootTest
abstract class ReportAnalysisSuite {

  @Autowired ImagingRecord record;
  @Autowired ReportReadings readings;
  @Autowired Reanalysis reanalysis;
  @Autowired ReanalysisRuns runs;
  @Autowired ReportReader reader;
  @Autowired JdbcClient jdbc;

  private ReportReading readingOf(ReportId id) {
    await().atMost(Duration.ofSeconds(20)).until(() -> readings.current(id).isPresent());
    return readings.current(id).orElseThrow();
  }

  @Test
  void anUnflaggedTensionPneumothoraxIsReadAsCriticalAndUnflagged() {
    String mrn = uniqueMrn();
    ReportId id = record.recordReport(patient(mrn), report("ACC" + mrn, ReportStatus.FINAL,
        "Findings: Large right tension pneumothorax with mediastinal shift to the left."), hl7());

    ReportReading reading = readingOf(id);

    assertThat(reading.analysis().category()).isEqualTo(AlertCategory.CRITICAL);
    assertThat(reading.analysis().communicationNeeded()).isTrue();
    assertThat(reading.analysis().flagAgreement()).isEqualTo(FlagAgreement.UNFLAGGED);
    assertThat(reading.current()).isTrue();
  }

  @Test
  void aNormalReportIsReadAndNeedsNoCommunication() {
    String mrn = uniqueMrn();
    ReportId id = record.recordReport(patient(mrn), report("ACC" + mrn, ReportStatus.PRELIMINARY,
        "The lungs are clear. No pneumothorax. No pleural effusion."), hl7());

    ReportReading reading = readingOf(id);

    assertThat(reading.analysis().communicationNeeded()).isFalse();
    assertThat(reading.analysis().findings()).allSatisfy(f -> assertThat(f.negated()).isTrue());
  }

  @Test
  void eachVersionOfAReportIsReadIncludingAnAddendum() {
    String mrn = uniqueMrn();
    String accession = "ACC" + mrn;
    ReportId fin = record.recordReport(patient(mrn), report(accession, ReportStatus.FINAL,
        "No acute abnormality."), hl7());
    ReportId addendum = record.recordReport(patient(mrn), report(accession, ReportStatus.ADDENDUM,
        "Addendum: on review there is a small left apical pneumothorax."), hl7());

    assertThat(readingOf(fin).analysis().communicationNeeded()).isFalse();
    assertThat(readingOf(addendum).analysis().category()).isNotEqualTo(AlertCategory.NONE);
  }

  @Test
  void aReportQueuedAgainAfterItWasReadIsNotReadTwiceAndAnUncommittedOneIsSkipped() {
    String mrn = uniqueMrn();
    ReportId id = record.recordReport(patient(mrn), report("ACC" + mrn, ReportStatus.FINAL,
        "No acute abnormality."), hl7());
    readingOf(id);
    ReportId neverCommitted = ReportId.next();

    reader.readAll(List.of(id, neverCommitted, id));

    assertThat(jdbc.sql("select count(*) from report_analysis where report_id = ?")
        .param(id.value()).query(Long.class).single()).isEqualTo(1);
    assertThat(readings.current(neverCommitted)).isEmpty();
  }

  @Test
  void aReanalysisRunWaitsForReviewBeforeItTakesEffect() {
    String mrn = uniqueMrn();
    ReportId id = record.recordReport(patient(mrn), report("ACC" + mrn, ReportStatus.FINAL,
        "Acute subdural haematoma."), hl7());
    readingOf(id);
    await().atMost(Duration.ofSeconds(20)).until(() -> runs.recent(5).stream()
        .noneMatch(r -> r.status() == ReanalysisRun.Status.RUNNING));

    ReanalysisRun run = reanalysis.start("safety-officer");
    await().atMost(Duration.ofSeconds(60)).until(() -> runs.find(run.id()).map(ReanalysisRun::status)
        .equals(Optional.of(ReanalysisRun.Status.AWAITING_REVIEW)));

    ReanalysisRun finished = runs.find(run.id()).orElseThrow();
    assertThat(finished.done()).isEqualTo(finished.total());
    // same knowledge base as the live engine: nothing would change
    assertThat(runs.changes(run.id(), 10)).isEmpty();
    reanalysis.approve(run.id(), "safety-officer");
    assertThat(runs.find(run.id()).orElseThrow().status()).isEqualTo(ReanalysisRun.Status.APPROVED);
    assertThat(readings.current(id)).isPresent();
  }
}
