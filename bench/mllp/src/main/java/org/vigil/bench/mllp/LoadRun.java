package org.vigil.bench.mllp;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Drives one target with N connections and reports rate, latency, ACK codes and heap per window. */
final class LoadRun {

  /** What one run measured. */
  record Result(String label, double medianRate, double overallRate, long acked,
      Map<String, Long> ackCodes, double p50Millis, double p99Millis, long maxHeapMb) {

    String summary() {
      return String.format(Locale.ROOT, "result %s: median %.0f msg/s per window (overall %.0f"
              + " msg/s), %d ACKs measured, p50 %.2f ms, p99 %.2f ms, ACK codes (whole run) %s,"
              + " client heap max %d MB",
          label, medianRate, overallRate, acked, p50Millis, p99Millis, ackCodes, maxHeapMb);
    }
  }

  private final BenchOptions options;
  private final PrintStream out;
  private final List<OruTemplates.Template> templates;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final AtomicLong started = new AtomicLong();
  private final Map<String, LongAdder> codes = new ConcurrentHashMap<>();
  private volatile LatencyHistogram window = new LatencyHistogram();

  LoadRun(BenchOptions options, List<OruTemplates.Template> templates, PrintStream out) {
    this.options = options;
    this.templates = templates;
    this.out = out;
  }

  Result run(String label, String host, int port) throws InterruptedException {
    String tag = runTag();
    out.printf("%s: %d connections to %s:%d, %s, warm-up %d s, windows of %d s%n", label,
        options.connections(), host, port, options.messages() > 0 ? options.messages()
            + " messages" : options.durationSeconds() + " s", options.warmupSeconds(),
        options.windowSeconds());
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < options.connections(); c++) {
      int connection = c;
      Thread t = new Thread(() -> sendLoop(host, port, tag, connection), "bench-" + c);
      t.setDaemon(true);
      t.start();
      threads.add(t);
    }
    Result result = report(label, threads);
    stop.set(true);
    for (Thread t : threads) {
      t.join(35_000);
    }
    out.println(result.summary());
    return result;
  }

  private void sendLoop(String host, int port, String tag, int connection) {
    long deadline = System.currentTimeMillis() + 30_000;
    try (Sender sender = new Sender(host, port, tag, connection, Sender.maxFrame(templates),
        deadline)) {
      int next = connection * 31;
      while (!stop.get()) {
        if (options.messages() > 0 && started.incrementAndGet() > options.messages()) {
          break;
        }
        OruTemplates.Template template = templates.get(next++ % templates.size());
        long t0 = System.nanoTime();
        String code = sender.send(template);
        window.record(System.nanoTime() - t0);
        codes.computeIfAbsent(code, k -> new LongAdder()).increment();
      }
    } catch (Exception e) {
      codes.computeIfAbsent("no ACK", k -> new LongAdder()).increment();
      out.println("connection " + connection + " stopped: " + e);
    }
  }

  /** Prints one line per window until the run ends; returns the summary of measured windows. */
  private Result report(String label, List<Thread> threads) throws InterruptedException {
    LatencyHistogram total = new LatencyHistogram();
    List<Double> rates = new ArrayList<>();
    long windowMillis = options.windowSeconds() * 1000L;
    long begin = System.currentTimeMillis();
    long measureFrom = begin + options.warmupSeconds() * 1000L;
    long end = measureFrom + options.durationSeconds() * 1000L;
    long maxHeap = 0;
    double measuredSeconds = 0;
    long windowStart = begin;
    while (true) {
      long now = System.currentTimeMillis();
      Thread.sleep(Math.max(1, Math.min(windowMillis - (now - windowStart), 200)));
      now = System.currentTimeMillis();
      boolean allDone = threads.stream().noneMatch(Thread::isAlive);
      if (now - windowStart < windowMillis && !allDone) {
        continue;
      }
      LatencyHistogram finished = window;
      window = new LatencyHistogram();
      double seconds = (now - windowStart) / 1000.0;
      long heapMb = usedHeapMb();
      maxHeap = Math.max(maxHeap, heapMb);
      boolean warmup = windowStart < measureFrom && options.messages() == 0;
      double rate = finished.count() / seconds;
      out.printf(Locale.ROOT, "%s window %5.1f s: %7.0f msg/s, p50 %6.2f ms, p99 %7.2f ms,"
              + " heap %4d MB%s%n", label, (now - begin) / 1000.0, rate,
          finished.percentileMillis(0.5), finished.percentileMillis(0.99), heapMb,
          warmup ? " (warm-up, not counted)" : "");
      if (!warmup && (seconds >= windowMillis / 2000.0 || rates.isEmpty())) {
        rates.add(rate);
        finished.addTo(total);
        measuredSeconds += seconds;
      }
      windowStart = now;
      if (allDone || (options.messages() == 0 && now >= end)) {
        break;
      }
    }
    return new Result(label, median(rates), total.count() / Math.max(0.001, measuredSeconds),
        total.count(),
        codeCounts(), total.percentileMillis(0.5), total.percentileMillis(0.99), maxHeap);
  }

  private Map<String, Long> codeCounts() {
    Map<String, Long> counts = new TreeMap<>();
    codes.forEach((code, n) -> counts.put(code, n.sum()));
    return counts;
  }

  private static double median(List<Double> values) {
    if (values.isEmpty()) {
      return 0;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int mid = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
  }

  private static long usedHeapMb() {
    Runtime r = Runtime.getRuntime();
    return (r.totalMemory() - r.freeMemory()) / (1024 * 1024);
  }

  /** Four base-36 characters from the clock: ids differ between runs for about 19 days. */
  private static String runTag() {
    String tag = Long.toString(System.currentTimeMillis() / 1000 % 1_679_616L, 36).toUpperCase();
    return "0".repeat(4 - tag.length()) + tag;
  }
}
