package org.vigil.record;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Row identifiers that sort by creation time (RFC 9562 version 7: 48 bits of Unix milliseconds,
 * then 74 random bits). New rows then land at the right edge of every index on an id (primary
 * keys and the foreign keys that point at recent rows) instead of on a random page: H2 rewrites a
 * whole page for each one touched at every commit, and PostgreSQL dirties one. Identifiers are
 * not secrets: every page and API that takes one checks the caller's login and role first.
 */
public final class TimeOrderedIds {

  private TimeOrderedIds() {}

  public static UUID next() {
    return at(System.currentTimeMillis());
  }

  static UUID at(long epochMillis) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (epochMillis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
    long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(high, low);
  }
}
