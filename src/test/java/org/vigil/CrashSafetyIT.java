package org.vigil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.support.MllpTestClient;

/**
 * Kills the real Vigil process (SIGKILL) while it takes in reports over MLLP on the embedded H2
 * file database, restarts it, and proves that every acknowledged report survived and that every
 * message re-sent after the restart is stored exactly once.
 */
class CrashSafetyIT {

  private static final int SENDERS = 4;

  @TempDir Path dir;

  @Test
  void everyAcknowledgedReportSurvivesAKillAndResendsAreStoredOnce() throws Exception {
    int mllpPort = freePort();
    String dbUrl = "jdbc:h2:file:" + dir.resolve("vigil") + ";WRITE_DELAY=0;COMPRESS=TRUE;QUERY_CACHE_SIZE=64;DB_CLOSE_ON_EXIT=FALSE";
    List<String> accessions = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      accessions.add("CRASH" + i);
    }
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();

    Process first = start(mllpPort, dbUrl, "first");
    sendUntilKilled(first, mllpPort, accessions, acknowledged);

    assertThat(acknowledged).as("some reports were acknowledged before the kill").isNotEmpty();
    Process second = start(mllpPort, dbUrl, "second");
    try {
      for (String accession : accessions) {
        sendOne(mllpPort, accession); // every message again, acknowledged or not
      }
    } finally {
      second.destroy();
      second.waitFor(30, TimeUnit.SECONDS);
    }

    try (Connection db = DriverManager.getConnection(dbUrl, "vigil", "")) {
      for (String accession : accessions) {
        assertThat(reportsFor(db, accession)).as("reports stored for %s", accession).isEqualTo(1);
      }
    }
  }

  private void sendUntilKilled(Process vigil, int port, List<String> accessions,
      Set<String> acknowledged) throws InterruptedException {
    AtomicBoolean killed = new AtomicBoolean();
    ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
    for (int s = 0; s < SENDERS; s++) {
      int offset = s;
      senders.submit(() -> {
        try (MllpTestClient client = new MllpTestClient("localhost", port, 10_000)) {
          for (int i = offset; i < accessions.size() && !killed.get(); i += SENDERS) {
            String ack = client.send(oru(accessions.get(i)));
            if ("AA".equals(MllpTestClient.ackCode(ack))) {
              acknowledged.add(accessions.get(i));
            }
          }
        } catch (UncheckedIOException | IllegalStateException expectedWhenKilled) {
          // the server died under us: that is the point
        }
        return null;
      });
    }
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (acknowledged.size() < 300 && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
    }
    vigil.destroyForcibly(); // SIGKILL: no shutdown hooks, no orderly close
    killed.set(true);
    vigil.waitFor(30, TimeUnit.SECONDS);
    senders.shutdown();
    senders.awaitTermination(30, TimeUnit.SECONDS);
  }

  private static void sendOne(int port, String accession) {
    try (MllpTestClient client = new MllpTestClient("localhost", port, 10_000)) {
      assertThat(MllpTestClient.ackCode(client.send(oru(accession)))).isEqualTo("AA");
    }
  }

  private static int reportsFor(Connection db, String accession) throws Exception {
    try (PreparedStatement q = db.prepareStatement(
        "select count(*) from report where accession_number = ?")) {
      q.setString(1, accession);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  static String oru(String accession) {
    String n = accession.replaceAll("\\D", "");
    return String.join("\r",
        "MSH|^~\\&|CRASHTEST|RIS|VIGIL|TRUST|20261128120000||ORU^R01^ORU_R01|CT" + accession
            + "|P|2.5.1|||AL|NE||UNICODE UTF-8",
        "PID|1||CR" + n + "^^^RX1^MR||Test^Patient||19600101|F",
        "OBR|1|PL" + n + "|" + accession + "|XCHES^XR Chest^NICIP|||20261128110000|||||||||||"
            + accession + "||||20261128115500|||F",
        "OBX|1|TX|&GDT^Report||The lungs are clear. No pneumothorax.||||||F",
        "");
  }

  private Process start(int mllpPort, String dbUrl, String name) throws Exception {
    File jar = Path.of("target", "vigil.jar").toFile();
    assertThat(jar).as("the packaged jar (failsafe runs after package)").exists();
    Path log = dir.resolve(name + ".log");
    Process process = new ProcessBuilder(javaBinary(), "-Xmx512m", "-jar", jar.getAbsolutePath(),
        "--server.port=0", "--vigil.mllp.port=" + mllpPort, "--spring.datasource.url=" + dbUrl)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Vigil exited at start:\n" + Files.readString(log));
      }
      try (Socket probe = new Socket("localhost", mllpPort)) {
        return process;
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    process.destroyForcibly();
    throw new IllegalStateException("Vigil did not open its MLLP port:\n" + Files.readString(log));
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
