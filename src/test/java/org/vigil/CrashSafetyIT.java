package org.vigil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.support.EmbeddedPostgresServer;
import org.vigil.support.MllpTestClient;
import org.vigil.support.VigilProcess;

/**
 * Kills the real Vigil process (SIGKILL) while it takes in reports over MLLP, restarts it, and
 * proves that every acknowledged report survived and that every message re-sent after the restart
 * is stored exactly once: on the shipped default database, on an H2 URL as an operator would type
 * it (with no WRITE_DELAY), and on PostgreSQL.
 */
class CrashSafetyIT {

  private static final int SENDERS = 4;

  @TempDir Path dir;

  /** How Vigil is pointed at its database, and how the test reads it afterwards. */
  record Database(String name, List<String> arguments, String url, String user, String password) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Database> databases() {
    String postgres = EmbeddedPostgresServer.newDatabase();
    return List.of(
        new Database("shipped default (./data/vigil)", List.of(), null, "vigil", ""),
        new Database("H2 URL as an operator types it", List.of("--spring.datasource.url=jdbc:h2:file:%s/typed"),
            "jdbc:h2:file:%s/typed", "vigil", ""),
        new Database("PostgreSQL", List.of("--spring.datasource.url=" + postgres,
            "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"),
            postgres, "postgres", "postgres"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void everyAcknowledgedReportSurvivesAKillAndResendsAreStoredOnce(Database database)
      throws Exception {
    int mllpPort = VigilProcess.freePort();
    List<String> dbArguments = database.arguments().stream()
        .map(a -> a.replace("%s", dir.toString())).toList();
    String dbUrl = database.url() == null
        ? "jdbc:h2:file:" + dir.resolve("data").resolve("vigil")
        : database.url().replace("%s", dir.toString());
    List<String> accessions = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      accessions.add("CRASH" + i);
    }
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();

    VigilProcess first = VigilProcess.start(dir, "first", List.of(), dbArguments, mllpPort);
    sendUntilKilled(first, mllpPort, accessions, acknowledged);

    assertThat(acknowledged).as("some reports were acknowledged before the kill").isNotEmpty();
    if (dbUrl.startsWith("jdbc:h2:file:") && !database.arguments().isEmpty()) {
      assertThat(first.output()).contains("added WRITE_DELAY=0");
    }
    try (VigilProcess second = VigilProcess.start(dir, "second", List.of(), dbArguments, mllpPort)) {
      for (String accession : accessions) {
        sendOne(mllpPort, accession); // every message again, acknowledged or not
      }
    }

    try (Connection db = DriverManager.getConnection(dbUrl, database.user(), database.password())) {
      for (String accession : accessions) {
        assertThat(reportsFor(db, accession)).as("reports stored for %s", accession).isEqualTo(1);
      }
    }
  }

  private void sendUntilKilled(VigilProcess vigil, int port, List<String> accessions,
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
    vigil.kill();
    killed.set(true);
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

}
