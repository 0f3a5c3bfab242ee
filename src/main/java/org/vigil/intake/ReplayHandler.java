package org.vigil.intake;

/**
 * A channel's processing path, reused for replaying its dead letters. {@code correctedText} is
 * null to replay the stored bytes unchanged.
 */
public interface ReplayHandler {

  String channel();

  ReplayResult replay(DeadLetter letter, String correctedText);
}
