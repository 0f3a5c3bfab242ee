package org.vigil.bench.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * A real PostgreSQL server for benchmarks, started from the binaries zonky ships in Maven Central,
 * so an intake benchmark on PostgreSQL needs no install. Unlike zonky's test defaults, commits are
 * durable as in production: {@code fsync=on}, {@code synchronous_commit=on}.
 *
 * <pre>java -jar vigil-bench-postgres.jar [--port 15432] [--data DIR]</pre>
 *
 * Prints the JDBC URL of an empty database {@code vigil} and runs until stopped (Ctrl-C).
 */
public final class PostgresServer {

  private PostgresServer() {}

  public static void main(String[] args) throws Exception {
    int port = 15432;
    Path data = Path.of("target", "pgdata");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--data" -> data = Path.of(args[++i]);
        default -> {
          System.err.println("usage: java -jar vigil-bench-postgres.jar [--port 15432] [--data DIR]");
          System.exit(2);
        }
      }
    }
    Files.createDirectories(data);
    EmbeddedPostgres server = EmbeddedPostgres.builder()
        .setPort(port)
        .setDataDirectory(data)
        .setCleanDataDirectory(true)
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on")
        .setServerConfig("max_connections", "100")
        .setServerConfig("shared_buffers", "256MB")
        .start();
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("create database vigil");
    }
    System.out.println("PostgreSQL ready: " + server.getJdbcUrl("postgres", "vigil")
        + " (user postgres, no password; fsync and synchronous_commit on)");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (Exception e) {
        System.err.println("stopping PostgreSQL: " + e);
      }
      stopped.countDown();
    }));
    stopped.await();
  }
}
