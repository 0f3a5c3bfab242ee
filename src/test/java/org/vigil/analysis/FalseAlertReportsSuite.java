package org.vigil.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.record.RecordFixtures.hl7;
import static org.vigil.record.RecordFixtures.patient;
import static org.vigil.record.RecordFixtures.report;
import static org.vigil.record.RecordFixtures.uniqueMrn;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.vigil.record.ImagingRecord;
import org.vigil.record.ReportId;
import org.vigil.record.ReportStatus;
import org.vigil.record.TimeOrderedIds;

/** Findings clinicians mark as wrong are kept with their explanation for the knowledge base. */
@SpringBootTest
abstract class FalseAlertReportsSuite {

  @Autowired ImagingRecord record;
  @Autowired FalseAlertReports reports;

  private ReportId aReport() {
    String mrn = uniqueMrn();
    return record.recordReport(patient(mrn), report("ACC" + mrn, ReportStatus.FINAL,
        "Findings: No pneumothorax, but a small right pleural effusion."), hl7());
  }

  private static FalseAlertReport marked(ReportId report, String comment, Instant at) {
    return new FalseAlertReport(TimeOrderedIds.next(), report, 1,
        new FalseAlertReport.MarkedFinding("pleural_effusion", "NONE", "pleural effusion"),
        FalseAlertReason.NEGATION_MISSED, comment, "2026.12.1+abc",
        "Sentence: No pneumothorax, but a small right pleural effusion.\n"
            + "did not reach it: negated 'No': scope ended at 'but' (a terminator word)",
        "radiologist", at);
  }

  @Test
  void aFindingMarkedWrongIsKeptWithItsReasonAndExplanationAndListedNewestFirst() {
    ReportId report = aReport();
    FalseAlertReport older =
        marked(report, "effusion is real", Instant.parse("2026-12-01T10:00:00Z"));
    FalseAlertReport newer = marked(report, null, Instant.parse("2030-01-01T10:00:00Z"));
    reports.add(older);
    reports.add(newer);

    var listed = reports.recent(500);
    assertThat(listed.get(0)).isEqualTo(newer);
    assertThat(listed).contains(older);
    assertThat(listed.indexOf(newer)).isLessThan(listed.indexOf(older));
  }

  @Test
  void aCommentLongerThanAThousandCharactersIsRefusedNotCut() {
    ReportId report = aReport();
    assertThatThrownBy(() -> reports.add(marked(report, "x".repeat(1001),
        Instant.parse("2026-12-02T10:00:00Z"))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
