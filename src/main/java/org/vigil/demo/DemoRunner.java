package org.vigil.demo;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.vigil.record.Exams;

/**
 * With {@code --demo}: once Vigil is listening, sends the demo stream through its own MLLP port,
 * exactly as a RIS would. Runs once per database (a database that already holds examinations is
 * left alone, so a restart does not send the same orders again).
 */
@Component
@ConditionalOnProperty(name = "vigil.demo.enabled", havingValue = "true")
class DemoRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);

  private final Exams exams;
  private final Clock clock;
  private final int port;
  private final int patients;

  DemoRunner(Exams exams, Clock clock, @Value("${vigil.mllp.port:2575}") int port,
      @Value("${vigil.demo.patients:300}") int patients) {
    this.exams = exams;
    this.clock = clock;
    this.port = port;
    this.patients = patients;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (exams.count() > 0) {
      log.info("demo: the database already holds examinations; not sending the demo stream again");
      return;
    }
    Thread feed = new Thread(this::feed, "vigil-demo-feed");
    feed.setDaemon(true);
    feed.start();
  }

  private void feed() {
    DemoFeedResult result = DemoFeed.run("localhost", port,
        DemoOptions.defaults(clock).withPatients(patients));
    if (result.notAccepted() > 0) {
      log.warn("demo: {} of {} messages were not accepted: see the dead-letter page",
          result.notAccepted(), result.total());
    }
    log.info("demo: done, {} messages accepted in {} s", result.accepted(),
        result.took().toSeconds());
  }
}
