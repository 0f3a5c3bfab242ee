package org.vigil.turnaround.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.vigil.record.ImagingRecord;
import org.vigil.record.PatientClass;
import org.vigil.record.Priority;
import org.vigil.record.ReportStatus;
import org.vigil.support.MovableClock;
import org.vigil.turnaround.dashboard.TurnaroundDashboard.Dimension;
import org.vigil.turnaround.dashboard.TurnaroundDashboard.ModalityBacklog;
import org.vigil.turnaround.dashboard.TurnaroundDashboard.Turnaround;

/**
 * The dashboard's aggregates are kept from changed exams only and agree with the exams; run on
 * H2 and PostgreSQL. Each test uses its own modality code, so tests sharing a database stay apart.
 */
@SpringBootTest(properties = "vigil.turnaround.dashboard.refresh=1h")
@Import(MovableClock.Config.class)
abstract class TurnaroundAggregatesSuite {

  @Autowired ImagingRecord record;
  @Autowired TurnaroundAggregator aggregator;
  @Autowired TurnaroundDashboard dashboard;
  @Autowired MovableClock clock;
  TurnaroundData data;
  Instant now;

  @BeforeEach
  void setUp() {
    data = new TurnaroundData(record);
    now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
  }

  private void settle() {
    clock.advance(Duration.ofMinutes(1));
    aggregator.catchUp();
  }

  @Test
  void percentilesAndBreachesComeFromTheStatedTimesNotTheReceiptTimes() {
    // ED target 4 h: three reported in 1, 2 and 3 hours, one in 6 hours (breached)
    for (int hours : new int[] {1, 2, 3, 6}) {
      Instant performed = now.minus(Duration.ofDays(2));
      data.exam("XA1", Priority.EMERGENCY_DEPARTMENT, PatientClass.EMERGENCY, performed,
          ReportStatus.FINAL, performed.plus(Duration.ofHours(hours)));
    }
    settle();

    Turnaround xa = row(dashboard.by(Dimension.MODALITY), "XA1");
    assertThat(xa.reported()).isEqualTo(4);
    assertThat(xa.breached()).isEqualTo(1);
    assertThat(xa.p50Hours()).isCloseTo(2.0, within(0.1));
    assertThat(xa.p90Hours()).isCloseTo(6.0, within(0.3));
    assertThat(row(dashboard.by(Dimension.SETTING), "ED").reported()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void aCorrectedPerformedTimeMovesTheCountInsteadOfAddingOne() {
    Instant performed = now.minus(Duration.ofDays(3));
    String accession = data.exam("XA2", Priority.ROUTINE, PatientClass.OUTPATIENT, performed,
        ReportStatus.FINAL, performed.plus(Duration.ofHours(10)));
    settle();
    assertThat(row(dashboard.by(Dimension.MODALITY), "XA2").p50Hours()).isCloseTo(10, within(0.5));

    data.restatePerformed(accession, "XA2", Priority.ROUTINE, PatientClass.OUTPATIENT,
        performed.plus(Duration.ofHours(8)));
    settle();

    Turnaround xa = row(dashboard.by(Dimension.MODALITY), "XA2");
    assertThat(xa.reported()).isEqualTo(1);
    assertThat(xa.p50Hours()).isCloseTo(2, within(0.1));
  }

  @Test
  void theBacklogHoldsPerformedUnreportedAndPreliminaryOnlyExamsWithTheOldestFirst() {
    Instant oldest = now.minus(Duration.ofDays(5));
    String old = data.exam("XA3", Priority.INPATIENT, PatientClass.INPATIENT, oldest,
        ReportStatus.PRELIMINARY, oldest.plus(Duration.ofHours(1)));
    data.exam("XA3", Priority.INPATIENT, PatientClass.INPATIENT, now.minus(Duration.ofDays(1)),
        null, null);
    data.exam("XA3", Priority.INPATIENT, PatientClass.INPATIENT, now.minus(Duration.ofDays(2)),
        ReportStatus.FINAL, now.minus(Duration.ofDays(1)));
    settle();

    ModalityBacklog xa = dashboard.backlogNow().stream()
        .filter(b -> b.modality().equals("XA3")).findFirst().orElseThrow();
    assertThat(xa.unreported()).isEqualTo(2);
    assertThat(xa.oldestPerformedAt()).isEqualTo(oldest);
    assertThat(xa.oldestAccession()).isEqualTo(old);

    var series = dashboard.backlogOverTime().byModality().get("XA3");
    assertThat(series.get(series.size() - 1)).isEqualTo(2L); // today
    int threeDaysAgo = series.size() - 4;
    assertThat(series.get(threeDaysAgo)).isEqualTo(1L); // only the oldest was performed then
  }

  @Test
  void aPassReadsOnlyWhatChangedSinceTheLastOne() {
    data.exam("XA4", Priority.ROUTINE, PatientClass.OUTPATIENT, now.minus(Duration.ofDays(1)),
        ReportStatus.FINAL, now);
    settle();
    assertThat(aggregator.catchUp()).isZero();
  }

  private static Turnaround row(java.util.List<Turnaround> rows, String label) {
    return rows.stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
  }
}
