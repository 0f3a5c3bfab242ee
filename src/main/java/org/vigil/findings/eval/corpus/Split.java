package org.vigil.findings.eval.corpus;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The deterministic split of a collection: a report whose uid hashes (CRC-32) to 0 modulo 3 is
 * held out. Tuning reads only the development part; the held-out third is measured, not read.
 */
public enum Split {
  DEVELOPMENT,
  HELD_OUT;

  public static Split of(String uid) {
    CRC32 crc = new CRC32();
    crc.update(uid.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 3 == 0 ? HELD_OUT : DEVELOPMENT;
  }

  public String label() {
    return this == DEVELOPMENT ? "development" : "held-out";
  }
}
