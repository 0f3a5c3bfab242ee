package org.vigil.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server per test JVM (zonky embedded: binaries from Maven, works as root),
 * with a fresh database for each Spring context that asks for one.
 */
public final class EmbeddedPostgresServer {

  private static EmbeddedPostgres server;
  private static final AtomicInteger databases = new AtomicInteger();
  /** Spring contexts still using the server: it stops only after they close (at JVM exit). */
  private static int openContexts;

  private EmbeddedPostgresServer() {}

  static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("could not start embedded PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stop));
    }
    return server;
  }

  /** Creates a new empty database and returns its JDBC URL. */
  public static String newDatabase() {
    String name = "vigil_" + databases.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create test database", e);
    }
    return server().getJdbcUrl("postgres", name);
  }

  static synchronized void contextOpened() {
    openContexts++;
  }

  static synchronized void contextClosed() {
    openContexts--;
    EmbeddedPostgresServer.class.notifyAll();
  }

  /**
   * Runs at JVM exit, beside the hooks that close the cached Spring contexts: waits (up to 20 s)
   * for them, so no context finds its database gone while it shuts down (which cost a 30 s
   * connection timeout per run).
   */
  private static synchronized void stop() {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
    while (openContexts > 0 && System.nanoTime() < deadline) {
      try {
        EmbeddedPostgresServer.class.wait(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    try {
      if (server != null) {
        server.close();
      }
    } catch (IOException ignored) {
      // the JVM is exiting
    }
  }
}
