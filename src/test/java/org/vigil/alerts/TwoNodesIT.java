package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
 * Two Vigil nodes on one PostgreSQL, sharing one moved clock, both running the clockwork at the
 * same moments: each escalation happens once and each delivery is attempted once; when one node
 * is stopped mid-run the other carries on.
 */
class TwoNodesIT {

  private static final int ALERTS = 12;
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
        // arguments, not default properties: they must win over application.yml and the
        // tests' application.properties (H2 in memory)
        .run("--spring.datasource.url=" + database,
            "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
            "--server.port=0", "--vigil.mllp.port=0", "--vigil.alerts.sweep-interval=1h",
            "--vigil.alerts.directory.clinicians[0].name=Dr A Requester",
            "--vigil.alerts.directory.clinicians[0].user=referrer",
            "--vigil.alerts.directory.clinicians[1].name=Dr B Consultant",
            "--vigil.alerts.directory.clinicians[1].user=consultant");
    nodes.add(node);
    return node;
  }

  @Test
  void twoNodesOnOnePostgresEscalateEachAlertExactlyOnceAndOneCarriesOnWhenTheOtherStops() {
    String database = EmbeddedPostgresServer.newDatabase();
    ConfigurableApplicationContext a = node(database);
    ConfigurableApplicationContext b = node(database);
    ImagingRecord record = a.getBean(ImagingRecord.class);
    JdbcClient jdbc = a.getBean(JdbcClient.class);
    assertThat(jdbc.sql("select version()").query(String.class).single()).contains("PostgreSQL");
    for (int i = 0; i < ALERTS; i++) {
      flaggedCritical(record);
    }
    await().atMost(Duration.ofSeconds(60)).until(() ->
        jdbc.sql("select count(*) from alert").query(Long.class).single() == ALERTS);

    clock.advance(Duration.ofMinutes(61));
    bothTick(a, b);
    bothTick(a, b);

    assertThat(count(jdbc, "select count(*) from alert_transition where what = 'escalated'"))
        .isEqualTo(ALERTS);
    assertThat(count(jdbc, "select count(*) from alert where escalation_level = 1"))
        .isEqualTo(ALERTS);
    assertThat(count(jdbc, "select count(*) from alert_delivery where attempts <> 1"))
        .isZero();
    assertThat(count(jdbc, "select count(*) from alert_transition where what = 'delivered'"))
        .isEqualTo(count(jdbc, "select count(*) from alert_delivery where status = 'DELIVERED'"));

    b.close();
    nodes.remove(b);
    clock.advance(Duration.ofMinutes(15));
    a.getBean(AlertClockwork.class).tick();

    assertThat(count(jdbc, "select count(*) from alert where escalation_level = 2"))
        .isEqualTo(ALERTS);
    assertThat(count(jdbc, "select count(*) from alert_transition where what = 'escalated'"))
        .isEqualTo(2L * ALERTS);
  }

  private static void bothTick(ConfigurableApplicationContext a, ConfigurableApplicationContext b) {
    CompletableFuture<Void> first = CompletableFuture.runAsync(
        () -> a.getBean(AlertClockwork.class).tick());
    CompletableFuture<Void> second = CompletableFuture.runAsync(
        () -> b.getBean(AlertClockwork.class).tick());
    CompletableFuture.allOf(first, second).join();
  }

  private static long count(JdbcClient jdbc, String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private static void flaggedCritical(ImagingRecord record) {
    String mrn = RecordFixtures.uniqueMrn();
    String accession = "ACC" + mrn;
    OrderDetails order = new OrderDetails(accession, "P" + accession, null, "XCHES", "XR Chest",
        "XR", "Chest", Priority.URGENT, PatientClass.INPATIENT, "Dr A Requester",
        "Dr B Consultant", "Respiratory", "RX1-MAIN", ExamStatus.SCHEDULED,
        Instant.parse("2026-11-01T09:00:00Z"), null, null);
    String text = "Large right tension pneumothorax.";
    record.recordOrder(RecordFixtures.patient(mrn), order, RecordFixtures.hl7());
    record.recordReport(RecordFixtures.patient(mrn), new ReportDetails(order, ReportStatus.FINAL,
        text, List.of(new ReportSection("Findings", "FIND", text)), "Dr R Radiologist", "AA",
        List.of(), Instant.parse("2026-11-01T12:00:00Z")), RecordFixtures.hl7());
  }
}
