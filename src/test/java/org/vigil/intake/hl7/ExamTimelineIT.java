package org.vigil.intake.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.intake.hl7.Hl7Messages.msh;
import static org.vigil.intake.hl7.Hl7Messages.pid;
import static org.vigil.intake.hl7.Hl7Messages.seg;
import static org.vigil.intake.hl7.Hl7Messages.unique;
import static org.vigil.support.MllpTestClient.ackCode;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.vigil.intake.hl7.mllp.MllpServer;
import org.vigil.record.Exam;
import org.vigil.record.ExamStatus;
import org.vigil.record.Exams;
import org.vigil.support.MllpTestClient;
import org.vigil.support.MovableClock;

/**
 * The examination timeline comes from the messages' own times, through the real MLLP port: the
 * clock is moved weeks past the stated times, so a receipt time would show.
 */
@SpringBootTest
@Import(MovableClock.Config.class)
class ExamTimelineIT {

  // Europe/London is on GMT in January: local times equal UTC
  static final Instant REQUESTED = Instant.parse("2026-01-05T09:00:00Z");

  @Autowired MllpServer server;
  @Autowired Exams exams;
  @Autowired MovableClock clock;

  @Test
  void everyStepTakesTheTimeTheMessageStatesNotTheReceiptTime() {
    clock.advance(Duration.ofDays(30));
    String mrn = unique("MRN");
    String acc = unique("TL");
    send(order(mrn, acc, "NW", "", "20260105090000", "", ""));
    send(order(mrn, acc, "SC", "CM", "20260105143000", "20260105141000", "20260105142000"));
    send(result(mrn, acc, "P", "20260105160000"));
    send(result(mrn, acc, "F", "20260106101500"));

    Exam exam = exams.findByAccession(acc).orElseThrow();
    assertThat(exam.requestedAt()).isEqualTo(REQUESTED);
    assertThat(exam.performedAt()).isEqualTo(Instant.parse("2026-01-05T14:10:00Z"));
    assertThat(exam.preliminaryAt()).isEqualTo(Instant.parse("2026-01-05T16:00:00Z"));
    assertThat(exam.finalAt()).isEqualTo(Instant.parse("2026-01-06T10:15:00Z"));
    assertThat(exam.createdAt()).isEqualTo(clock.instant()); // receipt kept beside them
  }

  @Test
  void aCompletedStatusWithoutObservationTimesTakesObservationEndThenTheTransactionTime() {
    String mrn = unique("MRN");
    String acc = unique("TL");
    send(order(mrn, acc, "NW", "", "20260105090000", "", ""));
    send(order(mrn, acc, "SC", "CM", "20260105150000", "", "20260105144500"));
    assertThat(exams.findByAccession(acc).orElseThrow().performedAt())
        .isEqualTo(Instant.parse("2026-01-05T14:45:00Z"));

    String acc2 = unique("TL");
    send(order(mrn, acc2, "NW", "", "20260105090000", "", ""));
    send(order(mrn, acc2, "SC", "CM", "20260105151500", "", ""));
    assertThat(exams.findByAccession(acc2).orElseThrow().performedAt())
        .isEqualTo(Instant.parse("2026-01-05T15:15:00Z"));
  }

  @Test
  void aCancelTakesItsOwnTimeAndAReportReopensTheExam() {
    clock.advance(Duration.ofDays(3));
    String mrn = unique("MRN");
    String acc = unique("TL");
    send(order(mrn, acc, "NW", "", "20260105090000", "", ""));
    send(order(mrn, acc, "CA", "CA", "20260105100000", "", ""));
    Exam cancelled = exams.findByAccession(acc).orElseThrow();
    assertThat(cancelled.status()).isEqualTo(ExamStatus.CANCELLED);
    assertThat(cancelled.cancelledAt()).isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));

    send(result(mrn, acc, "P", "20260105160000"));
    Exam reopened = exams.findByAccession(acc).orElseThrow();
    assertThat(reopened.status()).isEqualTo(ExamStatus.PRELIMINARY_REPORTED);
    assertThat(reopened.cancelledAt()).isNull();
  }

  @Test
  void aCancelOlderThanThePerformedTimeArrivingLateDoesNotTakeTheExamOffTheBacklog() {
    String mrn = unique("MRN");
    String acc = unique("TL");
    send(order(mrn, acc, "NW", "", "20260105090000", "", ""));
    send(order(mrn, acc, "SC", "CM", "20260105143000", "20260105141000", ""));
    send(order(mrn, acc, "CA", "CA", "20260105100000", "", "")); // out of order

    Exam exam = exams.findByAccession(acc).orElseThrow();
    assertThat(exam.status()).isEqualTo(ExamStatus.PERFORMED);
    assertThat(exam.cancelledAt()).isNull();
  }

  private void send(String message) {
    try (MllpTestClient client = new MllpTestClient(server.port())) {
      assertThat(ackCode(client.send(message))).isEqualTo("AA");
    }
  }

  /** An order; ORC-9 transaction time, OBR-7 and OBR-8 as given (blank: not stated). */
  static String order(String mrn, String acc, String control, String status, String orc9,
      String obr7, String obr8) {
    return msh("ORM^O01", "2.5.1", null) + pid(mrn)
        + "PV1|1|E|ED^^^RAD_SITE\r"
        + seg("ORC", 1, control, 2, "PL" + acc, 3, acc, 5, status, 9, orc9)
        + seg("OBR", 1, 1, 2, "PL" + acc, 3, acc, 4, "CHEAD^CT Head^LOCAL", 6,
            control.equals("NW") ? orc9 : "", 7, obr7, 8, obr8, 24, "CT");
  }

  /** A result whose OBR-22 states the report time; OBR-7 is not stated. */
  static String result(String mrn, String acc, String status, String obr22) {
    return msh("ORU^R01", "2.5.1", null) + pid(mrn)
        + seg("OBR", 1, 1, 2, "PL" + acc, 3, acc, 4, "CHEAD^CT Head^LOCAL", 22, obr22, 24, "CT",
            25, status)
        + "OBX|1|TX|&GDT||No acute intracranial abnormality.||||||" + status + "\r";
  }
}
