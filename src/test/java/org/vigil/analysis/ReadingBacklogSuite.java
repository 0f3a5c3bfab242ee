package org.vigil.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.vigil.record.RecordFixtures.hl7;
import static org.vigil.record.RecordFixtures.patient;
import static org.vigil.record.RecordFixtures.report;
import static org.vigil.record.RecordFixtures.uniqueMrn;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.record.ImagingRecord;
import org.vigil.record.ReportId;
import org.vigil.record.ReportStatus;

/**
 * A backlog larger than the reader's queue in memory: the notifications that do not fit are
 * dropped, and every report is read all the same, found by the sweep page by page (hazard H5).
 * The queue holds 3 and a page is 5, so 40 reports need the sweep and several pages.
 */
@SpringBootTest(properties = {"vigil.reading.queue-capacity=3", "vigil.reading.batch-size=5"})
abstract class ReadingBacklogSuite {

  @Autowired ImagingRecord record;
  @Autowired ReportReadings readings;
  @Autowired TransactionTemplate tx;

  @Test
  void everyReportOfABacklogLargerThanTheQueueIsRead() {
    List<ReportId> ids = new ArrayList<>();
    tx.executeWithoutResult(status -> {
      for (int i = 0; i < 40; i++) {
        String mrn = uniqueMrn();
        ids.add(record.recordReport(patient(mrn), report("ACC" + mrn, ReportStatus.FINAL,
            "Small left apical pneumothorax."), hl7()));
      }
    }); // 40 notifications at once after the commit: at most 3 fit

    await().atMost(Duration.ofSeconds(60))
        .until(() -> ids.stream().allMatch(id -> readings.current(id).isPresent()));
    assertThat(ids).allSatisfy(id ->
        assertThat(readings.current(id).orElseThrow().analysis().communicationNeeded()).isTrue());
  }
}
