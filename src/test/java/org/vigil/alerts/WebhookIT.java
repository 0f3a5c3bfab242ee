package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.vigil.alerts.AlertMessages.order;
import static org.vigil.alerts.AlertMessages.report;
import static org.vigil.alerts.AlertMessages.unique;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vigil.intake.hl7.mllp.MllpServer;
import org.vigil.support.MllpTestClient;
import org.vigil.support.MovableClock;

/** The signed webhook: what it carries, and a receiver that keeps failing. */
@SpringBootTest(properties = {
    "vigil.alerts.sweep-interval=1h",
    "vigil.alerts.webhook.enabled=true",
    "vigil.alerts.webhook.secret=" + WebhookIT.SECRET,
    "vigil.alerts.retries.max-attempts=3",
    "vigil.alerts.retries.first-delay=1m",
    "vigil.alerts.directory.clinicians[0].code=G456",
    "vigil.alerts.directory.clinicians[0].user=referrer",
    "vigil.alerts.directory.clinicians[1].code=C123",
    "vigil.alerts.directory.clinicians[1].user=consultant"})
@Import(MovableClock.Config.class)
class WebhookIT {

  static final String SECRET = "a-webhook-secret-of-some-length";

  record Received(String body, String signature) {}

  static final List<Received> received = new CopyOnWriteArrayList<>();
  static final AtomicInteger answer = new AtomicInteger(200);
  static final HttpServer receiver = start();

  @Autowired MllpServer server;
  @Autowired Alerts alerts;
  @Autowired Deliveries deliveries;
  @Autowired AlertClockwork clockwork;
  @Autowired MovableClock clock;

  static HttpServer start() {
    try {
      HttpServer http = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
      http.createContext("/hook", exchange -> {
        received.add(new Received(new String(exchange.getRequestBody().readAllBytes(),
            StandardCharsets.UTF_8), exchange.getRequestHeaders().getFirst("X-Vigil-Signature")));
        exchange.sendResponseHeaders(answer.get(), -1);
        exchange.close();
      });
      http.start();
      return http;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void hook(DynamicPropertyRegistry registry) {
    registry.add("vigil.alerts.webhook.url",
        () -> "http://localhost:" + receiver.getAddress().getPort() + "/hook");
  }

  @AfterAll
  static void stop() {
    receiver.stop(0);
  }

  Alert raised() {
    String mrn = unique("MRN");
    String accession = unique("ACC");
    try (MllpTestClient client = new MllpTestClient(server.port())) {
      client.send(order(mrn, accession, "RAD_SITE"));
      client.send(report(mrn, accession, "RAD_SITE", "F", "AA",
          "Large right tension pneumothorax. Secret detail XYZZY."));
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> !alerts.ofAccession(accession).isEmpty());
    return alerts.ofAccession(accession).get(0);
  }

  @Test
  void theWebhookReceivesASignedMessageWithoutReportText() throws Exception {
    answer.set(200);
    Alert alert = raised();

    clockwork.tick();

    Received hook = received.stream().filter(r -> r.body().contains(alert.id().toString()))
        .findFirst().orElseThrow();
    assertThat(hook.signature()).isEqualTo("sha256="
        + hmacSha256Hex(SECRET, hook.body()));
    assertThat(hook.body()).contains("\"category\":\"CRITICAL\"").contains("user:referrer")
        .doesNotContain("pneumothorax").doesNotContain("XYZZY").doesNotContain("Bloggs");
  }

  @Test
  void aWebhookThatKeepsFailingIsRetriedWithBackoffThenEscalates() {
    Alert alert = raised();
    answer.set(500);
    try {
      clockwork.tick();
      clock.advance(Duration.ofMinutes(1));
      clockwork.tick();
      Delivery hook = webhookAtLevel0(alert);
      assertThat(hook.status()).isEqualTo(Delivery.Status.PENDING);
      assertThat(hook.attempts()).isEqualTo(2);
      assertThat(hook.lastError()).contains("500");
      clock.advance(Duration.ofMinutes(2));
      clockwork.tick();
    } finally {
      answer.set(200);
    }

    assertThat(webhookAtLevel0(alert).status()).isEqualTo(Delivery.Status.FAILED);
    assertThat(alerts.find(alert.id()).orElseThrow().state()).isEqualTo(AlertState.ESCALATED);
    assertThat(deliveries.ofAlert(alert.id())).filteredOn(d -> d.level() == 1)
        .extracting(Delivery::recipient).contains("user:consultant");
  }

  /** Computed here as a receiver would, not with Vigil's own code. */
  private static String hmacSha256Hex(String secret, String body) throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8),
        "HmacSHA256"));
    return java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  private Delivery webhookAtLevel0(Alert alert) {
    return deliveries.ofAlert(alert.id()).stream()
        .filter(d -> d.channel() == Channel.WEBHOOK && d.level() == 0).findFirst().orElseThrow();
  }
}
