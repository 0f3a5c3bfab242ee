package org.vigil.intake.hl7;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * How many MLLP senders are connected. Each has at most one message waiting for its answer, so a
 * commit that already holds a message from every connection has nothing more to wait for.
 */
@Component
public class OpenConnections {

  private final AtomicInteger open = new AtomicInteger();

  OpenConnections(MeterRegistry meters) {
    Gauge.builder("vigil.mllp.connections.open", open, AtomicInteger::get)
        .description("MLLP sender connections open").register(meters);
  }

  public void opened() {
    open.incrementAndGet();
  }

  public void closed() {
    open.decrementAndGet();
  }

  int count() {
    return open.get();
  }
}
