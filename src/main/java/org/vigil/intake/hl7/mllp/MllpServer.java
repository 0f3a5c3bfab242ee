package org.vigil.intake.hl7.mllp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.vigil.intake.IntakeMemory;
import org.vigil.intake.hl7.Hl7Receiver;
import org.vigil.intake.hl7.MllpProperties;
import org.vigil.intake.hl7.OpenConnections;

/**
 * The MLLP listener: one thread per sender connection (at most {@code vigil.mllp.max-connections};
 * further senders wait in the accept backlog). Starts when the application is ready and stops
 * before the database goes away, letting messages in flight finish.
 */
@Component
public class MllpServer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(MllpServer.class);

  private final Hl7Receiver receiver;
  private final MllpProperties properties;
  private final OpenConnections open;
  private final IntakeMemory memory;
  private volatile ServerSocket serverSocket;
  private volatile boolean running;
  private ExecutorService workers;
  private Semaphore permits;

  MllpServer(Hl7Receiver receiver, MllpProperties properties, OpenConnections open,
      IntakeMemory memory) {
    this.receiver = receiver;
    this.properties = properties;
    this.open = open;
    this.memory = memory;
    memory.checkLargestMessage("vigil.mllp.max-message-bytes and max-segments",
        memory.hl7Cost(properties.maxMessageBytes(), properties.maxSegments()));
  }

  /** The bound port (useful when configured as 0), or -1 when not listening. */
  public int port() {
    ServerSocket s = serverSocket;
    return s == null ? -1 : s.getLocalPort();
  }

  @Override
  public synchronized void start() {
    if (!properties.enabled() || running) {
      return;
    }
    try {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(properties.port()), 128);
      serverSocket = socket;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen for HL7 on port " + properties.port(), e);
    }
    permits = new Semaphore(properties.maxConnections());
    AtomicInteger n = new AtomicInteger();
    workers = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "mllp-" + n.incrementAndGet());
      t.setDaemon(true); // stop() drains them; they must never keep a stopping JVM alive
      return t;
    });
    running = true;
    Thread acceptor = new Thread(this::acceptLoop, "mllp-accept");
    acceptor.setDaemon(true);
    acceptor.start();
    log.info("HL7 MLLP listening on port {}", port());
  }

  private void acceptLoop() {
    while (running) {
      try {
        permits.acquire();
        Socket socket = serverSocket.accept();
        MllpConnection connection = new MllpConnection(socket, receiver, properties, memory);
        open.opened(connection);
        workers.execute(() -> {
          try {
            connection.run();
          } finally {
            open.closed(connection);
            permits.release();
          }
        });
      } catch (IOException | InterruptedException e) {
        permits.release();
        if (running) {
          log.warn("mllp accept failed: {}", e.getClass().getSimpleName());
        }
      }
    }
  }

  @Override
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    try {
      serverSocket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    open.closeAll();
    workers.shutdown();
    try {
      if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    log.info("HL7 MLLP listener stopped");
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
