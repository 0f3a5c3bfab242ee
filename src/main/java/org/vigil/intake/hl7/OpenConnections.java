package org.vigil.intake.hl7;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.Closeable;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The MLLP sender connections that are open. Each has at most one message waiting for its answer,
 * so a commit that already holds a message from every connection has nothing more to wait for;
 * the listener closes them all when it stops.
 */
@Component
public class OpenConnections {

  private final Set<Closeable> open = ConcurrentHashMap.newKeySet();

  OpenConnections(MeterRegistry meters) {
    Gauge.builder("vigil.mllp.connections.open", open, Set::size)
        .description("MLLP sender connections open").register(meters);
  }

  public void opened(Closeable connection) {
    open.add(connection);
  }

  public void closed(Closeable connection) {
    open.remove(connection);
  }

  /** Closes every open connection (their threads then end and report them closed). */
  public void closeAll() {
    for (Closeable connection : open) {
      try {
        connection.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }

  int count() {
    return open.size();
  }
}
