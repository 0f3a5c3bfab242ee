package org.vigil.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.vigil.record.ReportReceived;

/**
 * Test-only: fails the message transaction once, after the report row was inserted, for an
 * accession that a test marked. Proves that nothing is half-written and nothing acknowledged.
 * Inert for accessions no test marked, so suites can share one Spring context with it.
 */
@TestConfiguration
public class FailOnceAfterReportInsert {

  public static final Set<String> MARKED = ConcurrentHashMap.newKeySet();

  @EventListener
  void on(ReportReceived received) {
    if (MARKED.remove(received.accessionNumber())) {
      throw new IllegalStateException("simulated failure after the report insert");
    }
  }
}
