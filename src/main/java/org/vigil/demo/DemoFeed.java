package org.vigil.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.vigil.demo.stream.DemoStream;

/**
 * Sends the demo stream over MLLP with a few connections. Messages about one patient share a
 * connection, so they arrive in order. Every step has a timeout: the feed always ends.
 */
public final class DemoFeed {

  private final String host;
  private final int port;
  private final DemoOptions options;
  private final PrintStream console;
  private final AtomicInteger accepted = new AtomicInteger();
  private final AtomicInteger errors = new AtomicInteger();
  private final AtomicInteger rejected = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();

  private DemoFeed(String host, int port, DemoOptions options, PrintStream console) {
    this.host = host;
    this.port = port;
    this.options = options;
    this.console = console;
  }

  /**
   * Generates the stream for the options and sends it to host:port; prints progress to stdout.
   * Typical use once the listener is up: {@code DemoFeed.run("localhost", 2575,
   * DemoOptions.defaults(clock))}. Returns when every message is acknowledged or has failed.
   */
  public static DemoFeedResult run(String host, int port, DemoOptions options) {
    return send(host, port, options, DemoStream.generate(options), System.out);
  }

  static DemoFeedResult send(String host, int port, DemoOptions options,
      List<DemoMessage> messages, PrintStream console) {
    return new DemoFeed(host, port, options, console).send(messages);
  }

  private DemoFeedResult send(List<DemoMessage> messages) {
    Instant started = Instant.now();
    List<List<DemoMessage>> lanes = lanes(messages);
    ExecutorService senders = Executors.newFixedThreadPool(lanes.size(), daemon("demo-feed"));
    ScheduledExecutorService progress =
        Executors.newSingleThreadScheduledExecutor(daemon("demo-progress"));
    long every = options.progressInterval().toMillis();
    progress.scheduleAtFixedRate(() -> print(messages.size()), every, every, TimeUnit.MILLISECONDS);
    Instant connectDeadline = started.plus(options.connectTimeout());
    lanes.forEach(lane -> senders.submit(() -> sendLane(lane, connectDeadline)));
    senders.shutdown();
    awaitEnd(senders, messages.size());
    progress.shutdownNow();
    print(messages.size());
    DemoFeedResult result = new DemoFeedResult(messages.size(), accepted.get(), errors.get(),
        rejected.get(), failed.get(), Duration.between(started, Instant.now()));
    console.printf("demo: finished in %d s: %d accepted (AA), %d AE, %d AR, %d without an ACK%s%n",
        result.took().toSeconds(), result.accepted(), result.errors(), result.rejected(),
        result.failed(), result.allAccepted() ? "" : " - NOT ALL DEMO DATA WAS ACCEPTED");
    return result;
  }

  private List<List<DemoMessage>> lanes(List<DemoMessage> messages) {
    List<List<DemoMessage>> lanes = new ArrayList<>();
    for (int i = 0; i < options.connections(); i++) {
      lanes.add(new ArrayList<>());
    }
    for (DemoMessage m : messages) {
      lanes.get(Math.floorMod(m.partition().hashCode(), lanes.size())).add(m);
    }
    return lanes;
  }

  /**
   * Sends one lane in order. A message whose connection breaks is resent once on a new
   * connection; after three messages in a row without an ACK the lane gives up (loudly).
   */
  private void sendLane(List<DemoMessage> lane, Instant connectDeadline) {
    Lane sender = new Lane(connectDeadline);
    int consecutiveFailures = 0;
    for (int i = 0; i < lane.size(); i++) {
      if (Thread.currentThread().isInterrupted()) {
        failed.addAndGet(lane.size() - i);
        break;
      }
      consecutiveFailures = sender.sendWithOneRetry(lane.get(i)) ? 0 : consecutiveFailures + 1;
      if (consecutiveFailures == 3 && i + 1 < lane.size()) {
        console.println("demo: giving up on a connection, " + (lane.size() - i - 1)
            + " messages not sent");
        failed.addAndGet(lane.size() - i - 1);
        break;
      }
    }
    sender.close();
  }

  /** One sender's connection, opened on first use and reopened after a failure. */
  private final class Lane {
    private Instant connectDeadline;
    private MllpConnection connection;

    Lane(Instant connectDeadline) {
      this.connectDeadline = connectDeadline;
    }

    boolean sendWithOneRetry(DemoMessage message) {
      for (int attempt = 1; attempt <= 2; attempt++) {
        try {
          if (connection == null) {
            connection = MllpConnection.open(host, port, connectDeadline, options.ackTimeout());
          }
          count(MllpConnection.ackCode(connection.send(message.text())));
          return true;
        } catch (IOException e) {
          close();
          connectDeadline = Instant.now().plus(min(options.connectTimeout(), Duration.ofSeconds(10)));
          if (attempt == 2) {
            console.println("demo: no ACK for a " + message.type() + " message: "
                + e.getMessage());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      failed.incrementAndGet();
      return false;
    }

    void close() {
      if (connection != null) {
        connection.close();
        connection = null;
      }
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private void count(String code) {
    switch (code) {
      case "AA", "CA" -> accepted.incrementAndGet();
      case "AE", "CE" -> errors.incrementAndGet();
      case "AR", "CR" -> rejected.incrementAndGet();
      default -> failed.incrementAndGet();
    }
  }

  /** Waits long enough for every message to time out once, and never for ever. */
  private void awaitEnd(ExecutorService senders, int total) {
    long limit = options.connectTimeout().toMillis() + options.ackTimeout().toMillis() * 12
        + 60_000L * 30;
    try {
      if (!senders.awaitTermination(limit, TimeUnit.MILLISECONDS)) {
        console.println("demo: gave up waiting for the feed to finish");
        senders.shutdownNow();
      }
    } catch (InterruptedException e) {
      senders.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private void print(int total) {
    int acked = accepted.get() + errors.get() + rejected.get();
    console.printf("demo: %d/%d messages sent, %d rejected%s%n", acked, total,
        errors.get() + rejected.get(), failed.get() > 0 ? ", " + failed.get() + " failed" : "");
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
