package org.vigil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.support.MllpTestClient;
import org.vigil.support.VigilProcess;

/**
 * A burst of large messages against Vigil with a small heap (its own JVM, -Xmx512m, exiting on
 * OutOfMemoryError as the README's production command does): senders wait or are asked to send
 * again, every message ends up answered, Vigil stays up and then acknowledges a normal message.
 * Without the intake memory budget, eight 9 MB reports killed this process.
 */
class IntakeMemoryIT {

  private static final String ADMIN = "memory-admin";
  private static final String PASSWORD = "a-long-test-password-1";

  @TempDir Path dir;
  private VigilProcess vigil;
  private int httpPort;

  @BeforeEach
  void start() throws Exception {
    httpPort = VigilProcess.freePort();
    vigil = VigilProcess.start(dir, "vigil", List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError"),
        List.of("--server.port=" + httpPort, "--vigil.security.bootstrap-admin.username=" + ADMIN,
            "--vigil.security.bootstrap-admin.password=" + PASSWORD));
    vigil.awaitReadiness(httpPort); // the bootstrap administrator exists from then on
  }

  @AfterEach
  void stop() throws Exception {
    vigil.close();
  }

  @Test
  void eightLargeReportsAtOnceAreAllAcknowledgedAndVigilStaysUp() throws Exception {
    ExecutorService senders = Executors.newFixedThreadPool(12);
    List<Future<String>> answers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String message = oru("BIGTEXT" + i, 9_000_000, 1);
      answers.add(senders.submit(() -> sendUntilAnswered(message)));
    }
    for (int i = 0; i < 4; i++) {
      String message = oru("BIGLINES" + i, 0, 9_000);
      answers.add(senders.submit(() -> sendUntilAnswered(message)));
    }
    for (Future<String> answer : answers) {
      assertThat(MllpTestClient.ackCode(answer.get())).isEqualTo("AA");
    }
    senders.shutdown();

    assertThat(vigil.isAlive()).as("Vigil survived the burst:\n%s", tail()).isTrue();
    assertThat(MllpTestClient.ackCode(sendUntilAnswered(oru("SMALL1", 0, 3)))).isEqualTo("AA");
  }

  @Test
  void aMessageWithMoreSegmentsThanAcceptedIsRefusedBeforeItIsParsed() {
    String ack = sendUntilAnswered(oru("MANYLINES", 0, 12_000));

    assertThat(MllpTestClient.ackCode(ack)).isEqualTo("AR");
    assertThat(MllpTestClient.ackText(ack)).contains("segments exceeds the maximum of 10000");
    assertThat(vigil.isAlive()).isTrue();
  }

  @Test
  void fhirBodiesTooLargeOrTooManyAreRefusedWithRetryableAnswersAndVigilStaysUp()
      throws Exception {
    String huge = announceBodyOf(80_000_000);
    assertThat(huge).startsWith("HTTP/1.1 413").contains("OperationOutcome", "max-body-bytes");

    ExecutorService senders = Executors.newFixedThreadPool(8);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    String large = report(9_000_000);
    for (int i = 0; i < 8; i++) {
      answers.add(senders.submit(() -> post(large)));
    }
    int busy = 0;
    for (Future<HttpResponse<String>> answer : answers) {
      HttpResponse<String> response = answer.get();
      assertThat(response.statusCode()).as(response.body()).isIn(201, 422, 503);
      if (response.statusCode() == 503) {
        busy++;
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
      }
    }
    senders.shutdown();

    assertThat(vigil.isAlive()).as("Vigil survived:\n%s", tail()).isTrue();
    assertThat(busy).as("some of eight 9 MB bodies had to wait their turn").isLessThan(8);
    assertThat(MllpTestClient.ackCode(sendUntilAnswered(oru("SMALL2", 0, 3)))).isEqualTo("AA");
  }

  /** Sends as a real sender would: when the connection closes without an ACK, again. */
  private String sendUntilAnswered(String message) {
    for (int attempt = 0; attempt < 20; attempt++) {
      try (MllpTestClient client = new MllpTestClient("localhost", vigil.mllpPort, 180_000)) {
        return client.send(message);
      } catch (IllegalStateException | UncheckedIOException closedWithoutAck) {
        assertThat(vigil.isAlive()).as("Vigil died:\n%s", tail()).isTrue();
      }
    }
    throw new AssertionError("no answer after 20 attempts");
  }

  private HttpResponse<String> post(String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("http://localhost:" + httpPort + "/fhir/DiagnosticReport"))
        .header("Content-Type", "application/fhir+json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .timeout(Duration.ofMinutes(3))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Sends only the headers of a POST whose body would be this large, and reads the answer: Vigil
   * must refuse it without waiting for (or reading) the body.
   */
  private String announceBodyOf(long bytes) throws Exception {
    try (Socket socket = new Socket("localhost", httpPort)) {
      socket.setSoTimeout(60_000);
      String credentials = Base64.getEncoder().encodeToString(
          (ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().write(("POST /fhir/DiagnosticReport HTTP/1.1\r\n"
          + "Host: localhost\r\nAuthorization: Basic " + credentials + "\r\n"
          + "Content-Type: application/fhir+json\r\nContent-Length: " + bytes + "\r\n"
          + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[4096];
      int n;
      while ((n = socket.getInputStream().read(buffer)) > 0) {
        answer.write(buffer, 0, n);
        if (answer.toString(StandardCharsets.UTF_8).contains("\"}]}")) {
          break; // the whole OperationOutcome has come; Vigil need not close first
        }
      }
      return answer.toString(StandardCharsets.UTF_8);
    }
  }

  private static String report(int conclusionChars) {
    return "{\"resourceType\":\"DiagnosticReport\",\"status\":\"final\",\"code\":{\"text\":\"XR chest\"},"
        + "\"conclusion\":\"" + words(conclusionChars) + "\"}";
  }

  static String oru(String accession, int textChars, int obxLines) {
    StringBuilder m = new StringBuilder();
    m.append("MSH|^~\\&|MEMTEST|RIS|VIGIL|TRUST|20261128120000||ORU^R01^ORU_R01|M").append(accession)
        .append("|P|2.5.1|||AL|NE||UNICODE UTF-8\r");
    m.append("PID|1||M").append(accession).append("^^^RX1^MR||Test^Patient||19600101|F\r");
    m.append("OBR|1|PL").append(accession).append('|').append(accession)
        .append("|XCHES^XR Chest^NICIP|||20261128110000|||||||||||").append(accession)
        .append("||||20261128115500|||F\r");
    for (int i = 1; i <= obxLines; i++) {
      m.append("OBX|").append(i).append("|TX|&GDT^Report||")
          .append(i == 1 && textChars > 0 ? words(textChars) : "The lungs are clear.")
          .append("||||||F\r");
    }
    return m.toString();
  }

  private static String words(int chars) {
    String sentence = "The lungs are clear and there is no pneumothorax or effusion. ";
    return sentence.repeat(chars / sentence.length() + 1).substring(0, chars);
  }

  private String tail() {
    String output = vigil.output();
    Matcher oom = Pattern.compile("(?s).{0,2000}OutOfMemoryError.{0,500}").matcher(output);
    return oom.find() ? oom.group() : output.substring(Math.max(0, output.length() - 3000));
  }
}
