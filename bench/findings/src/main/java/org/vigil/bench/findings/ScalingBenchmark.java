package org.vigil.bench.findings;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;
import org.vigil.findings.FindingsEngine;
import org.vigil.findings.ReportInput;

/**
 * Cost against text length: one report made of {@code reports} of the benchmark's realistic
 * reports back to back (1, 4 and 16: about 2, 8 and 32 KB). Time per report growing in proportion
 * to {@code reports} means cost linear in text length. With {@code -prof gc}, bytes allocated per
 * operation show memory use per report, which stays the same however many reports are analysed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
public class ScalingBenchmark {

  @Param({"1", "4", "16"})
  public int reports;

  private FindingsEngine engine;
  private ReportInput input;

  @Setup
  public void setUp() {
    engine = BenchReports.engine();
    List<String> texts = BenchReports.reports();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < reports; i++) {
      text.append(texts.get(i % texts.size())).append("\n\n");
    }
    input = new ReportInput("scaled", text.toString(), "CT", null);
  }

  @Benchmark
  public void analyseOneLongReport(Blackhole bh) {
    bh.consume(engine.analyse(input));
  }
}
