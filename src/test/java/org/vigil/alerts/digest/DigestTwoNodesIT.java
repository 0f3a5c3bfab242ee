package org.vigil.alerts.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigil.VigilApplication;
import org.vigil.record.ExamStatus;
import org.vigil.record.ImagingRecord;
import org.vigil.record.OrderDetails;
import org.vigil.record.PatientClass;
import org.vigil.record.Priority;
import org.vigil.record.RecordFixtures;
import org.vigil.record.ReportDetails;
import org.vigil.record.ReportSection;
import org.vigil.record.ReportStatus;
import org.vigil.support.EmbeddedPostgresServer;
import org.vigil.support.MovableClock;

/**
 * Two Vigil nodes on one PostgreSQL and one SMTP server, with one moved clock, both looking for
 * the day's digests at the same moments, twice: each clinician gets exactly one digest.
 */
class DigestTwoNodesIT {

  private static final int SMTP_PORT = 18113;

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, null, "smtp"));

  private final MovableClock clock = new MovableClock();
  private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

  @AfterEach
  void stopNodes() {
    nodes.forEach(ConfigurableApplicationContext::close);
  }

  private ConfigurableApplicationContext node(String database) {
    ConfigurableApplicationContext node = new SpringApplicationBuilder(VigilApplication.class)
        .initializers(ctx -> ((GenericApplicationContext) ctx).registerBean("sharedClock",
            Clock.class, () -> clock, bd -> bd.setPrimary(true)))
        .run("--spring.datasource.url=" + database,
            "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
            "--server.port=0", "--vigil.mllp.port=0", "--vigil.alerts.sweep-interval=1h",
            "--vigil.alerts.digest.check-interval=1h",
            "--vigil.alerts.mail.enabled=true", "--spring.mail.host=localhost",
            "--spring.mail.port=" + SMTP_PORT,
            "--vigil.alerts.directory.clinicians[0].name=Dr A Requester",
            "--vigil.alerts.directory.clinicians[0].user=referrer",
            "--vigil.alerts.directory.clinicians[0].email=a.requester@test.nhs.uk",
            "--vigil.alerts.directory.clinicians[1].name=Dr B Consultant",
            "--vigil.alerts.directory.clinicians[1].user=consultant",
            "--vigil.alerts.directory.clinicians[1].email=b.consultant@test.nhs.uk",
            "--vigil.alerts.directory.clinicians[2].name=Dr Z Idle",
            "--vigil.alerts.directory.clinicians[2].user=idle",
            "--vigil.alerts.directory.clinicians[2].email=z.idle@test.nhs.uk");
    nodes.add(node);
    return node;
  }

  @Test
  void twoNodesOnOnePostgresSendEachCliniciansDigestExactlyOnce() throws Exception {
    String database = EmbeddedPostgresServer.newDatabase();
    ConfigurableApplicationContext a = node(database);
    ConfigurableApplicationContext b = node(database);
    JdbcClient jdbc = a.getBean(JdbcClient.class);
    for (int i = 0; i < 3; i++) {
      flaggedCritical(a.getBean(ImagingRecord.class));
    }
    await().atMost(Duration.ofSeconds(60)).until(() ->
        jdbc.sql("select count(*) from alert").query(Long.class).single() == 3);

    ZoneId london = ZoneId.of("Europe/London");
    ZonedDateTime now = clock.instant().plus(Duration.ofHours(2)).atZone(london);
    ZonedDateTime at = now.toLocalDate().atTime(LocalTime.of(7, 31)).atZone(london);
    Instant digestTime = (at.isAfter(now) ? at : at.plusDays(1)).toInstant();
    clock.advance(Duration.between(clock.instant(), digestTime));
    bothTick(a, b);
    clock.advance(Duration.ofMinutes(10));
    bothTick(a, b);

    assertThat(recipients()).containsExactly("a.requester@test.nhs.uk");
    assertThat(jdbc.sql("select count(*) from alert_digest where sent_at is not null "
        + "and alert_count > 0").query(Long.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from alert_digest where alert_count = 0")
        .query(Long.class).single()).as("the others are done for the day, without an email")
        .isEqualTo(2);
  }

  private static List<String> recipients() throws Exception {
    List<String> to = new ArrayList<>();
    for (var m : mail.getReceivedMessages()) {
      if (m.getSubject().contains("awaiting you")) {
        to.add(m.getAllRecipients()[0].toString());
      }
    }
    return to;
  }

  private static void bothTick(ConfigurableApplicationContext a, ConfigurableApplicationContext b) {
    CompletableFuture<Void> first = CompletableFuture.runAsync(
        () -> a.getBean(DailyDigest.class).tick());
    CompletableFuture<Void> second = CompletableFuture.runAsync(
        () -> b.getBean(DailyDigest.class).tick());
    CompletableFuture.allOf(first, second).join();
  }

  private static void flaggedCritical(ImagingRecord record) {
    String mrn = RecordFixtures.uniqueMrn();
    String accession = "ACC" + mrn;
    OrderDetails order = new OrderDetails(accession, "P" + accession, null, "XCHES", "XR Chest",
        "XR", "Chest", Priority.URGENT, PatientClass.INPATIENT, "Dr A Requester",
        "Dr Q Unknown", "Respiratory", "RX1-MAIN", ExamStatus.SCHEDULED,
        Instant.parse("2026-11-01T09:00:00Z"), null, null);
    String text = "Large right tension pneumothorax.";
    record.recordOrder(RecordFixtures.patient(mrn), order, RecordFixtures.hl7());
    record.recordReport(RecordFixtures.patient(mrn), new ReportDetails(order, ReportStatus.FINAL,
        text, List.of(new ReportSection("Findings", "FIND", text)), "Dr R Radiologist", "AA",
        List.of(), Instant.parse("2026-11-01T12:00:00Z")), RecordFixtures.hl7());
  }
}
