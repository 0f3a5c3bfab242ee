package org.vigil.demo;

import java.time.Clock;
import java.time.Duration;

/**
 * How much demo data to make and how to send it.
 *
 * @param patients number of synthetic patients (default 300)
 * @param weeks length of the period that ends "now" (default 6)
 * @param seed the same seed and clock give the same stream
 * @param clock gives "now"; nothing later than now is sent
 * @param connections concurrent MLLP connections (messages about one patient share one)
 * @param connectTimeout how long to keep retrying while the server is not up yet
 * @param ackTimeout how long to wait for each ACK before counting the message as failed
 * @param progressInterval how often to print progress
 */
public record DemoOptions(
    int patients,
    int weeks,
    long seed,
    Clock clock,
    int connections,
    Duration connectTimeout,
    Duration ackTimeout,
    Duration progressInterval) {

  public DemoOptions {
    if (patients < 1 || weeks < 1 || connections < 1) {
      throw new IllegalArgumentException("patients, weeks and connections must be positive");
    }
  }

  public static DemoOptions defaults(Clock clock) {
    return new DemoOptions(300, 6, 20261128L, clock, 4, Duration.ofSeconds(60),
        Duration.ofSeconds(30), Duration.ofSeconds(3));
  }

  public DemoOptions withPatients(int count) {
    return new DemoOptions(count, weeks, seed, clock, connections, connectTimeout, ackTimeout,
        progressInterval);
  }

  public DemoOptions withSeed(long newSeed) {
    return new DemoOptions(patients, weeks, newSeed, clock, connections, connectTimeout,
        ackTimeout, progressInterval);
  }

  public DemoOptions withConnections(int count) {
    return new DemoOptions(patients, weeks, seed, clock, count, connectTimeout, ackTimeout,
        progressInterval);
  }

  public DemoOptions withTimeouts(Duration connect, Duration ack) {
    return new DemoOptions(patients, weeks, seed, clock, connections, connect, ack,
        progressInterval);
  }
}
