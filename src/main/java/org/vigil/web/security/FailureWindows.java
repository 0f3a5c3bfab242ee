package org.vigil.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failures per key (an account or a client address) within a sliding window. A key with
 * {@code limit} failures in the last {@code window} is blocked until its oldest failure leaves
 * the window, so a block always ends by itself. Memory is bounded twice: at most {@code limit}
 * instants per key, and at most {@code capacity} keys, the least recently used forgotten first
 * (someone spraying usernames evicts entries, it never grows the map). Not thread-safe: the
 * owner synchronises.
 */
final class FailureWindows {

  private final int limit;
  private final Duration window;
  private final Map<String, Deque<Instant>> failures;

  FailureWindows(int limit, Duration window, int capacity) {
    this.limit = limit;
    this.window = window;
    this.failures = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
        return size() > capacity;
      }
    };
  }

  /** How long {@code key} must still wait at {@code now}; empty when it may try. */
  Optional<Duration> blockedFor(String key, Instant now) {
    Deque<Instant> recent = recent(key, now);
    if (recent == null || recent.size() < limit) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, recent.peekFirst().plus(window)));
  }

  void failed(String key, Instant now) {
    Deque<Instant> recent = recent(key, now);
    if (recent == null) {
      recent = new ArrayDeque<>(Math.min(limit, 16));
      failures.put(key, recent);
    }
    if (recent.size() == limit) {
      recent.pollFirst();
    }
    recent.addLast(now);
  }

  void forget(String key) {
    failures.remove(key);
  }

  int size() {
    return failures.size();
  }

  /** The key's failures still inside the window at {@code now}; null if none are. */
  private Deque<Instant> recent(String key, Instant now) {
    Deque<Instant> recent = failures.get(key);
    if (recent == null) {
      return null;
    }
    Instant horizon = now.minus(window);
    while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
      recent.pollFirst();
    }
    if (recent.isEmpty()) {
      failures.remove(key);
      return null;
    }
    return recent;
  }
}
