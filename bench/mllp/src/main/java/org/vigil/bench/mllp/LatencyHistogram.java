package org.vigil.bench.mllp;

import java.util.concurrent.atomic.AtomicLongArray;

/** ACK latencies in 20 microsecond buckets up to 2 s (the last bucket holds anything slower). */
final class LatencyHistogram {

  private static final int BUCKET_MICROS = 20;
  private static final int BUCKETS = 100_000;
  private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);

  void record(long nanos) {
    int bucket = (int) Math.min(BUCKETS - 1, nanos / 1000 / BUCKET_MICROS);
    counts.incrementAndGet(bucket);
  }

  void addTo(LatencyHistogram total) {
    for (int i = 0; i < BUCKETS; i++) {
      long c = counts.get(i);
      if (c != 0) {
        total.counts.addAndGet(i, c);
      }
    }
  }

  long count() {
    long n = 0;
    for (int i = 0; i < BUCKETS; i++) {
      n += counts.get(i);
    }
    return n;
  }

  /** The latency in milliseconds below which the given fraction of ACKs arrived. */
  double percentileMillis(double fraction) {
    long n = count();
    if (n == 0) {
      return Double.NaN;
    }
    long rank = (long) Math.ceil(fraction * n);
    long seen = 0;
    for (int i = 0; i < BUCKETS; i++) {
      seen += counts.get(i);
      if (seen >= rank) {
        return (i + 1) * BUCKET_MICROS / 1000.0;
      }
    }
    return BUCKETS * BUCKET_MICROS / 1000.0;
  }
}
