package org.vigil.demo;

import java.time.Duration;

/**
 * What happened to a demo feed.
 *
 * @param total messages in the stream
 * @param accepted ACKed with AA (or CA)
 * @param errors ACKed with AE (or CE)
 * @param rejected ACKed with AR (or CR)
 * @param failed never acknowledged (no listener, timeout, broken connection, unreadable ACK)
 */
public record DemoFeedResult(int total, int accepted, int errors, int rejected, int failed,
    Duration took) {

  public boolean allAccepted() {
    return accepted == total;
  }

  public int notAccepted() {
    return errors + rejected + failed;
  }
}
