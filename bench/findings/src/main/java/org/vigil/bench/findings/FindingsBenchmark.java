package org.vigil.bench.findings;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;
import org.vigil.findings.FindingsEngine;
import org.vigil.findings.ReportInput;

/**
 * Throughput on one thread: {@code analyseReports} scores reports/s over 20 realistic 1–3 KB
 * reports; {@code assessSentences} scores sentences/s for the context layer alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class FindingsBenchmark {

  private static final String[][] SENTENCES = {
    {"No pneumothorax, pleural effusion or consolidation.", "consolidation"},
    {"There is no evidence of pulmonary embolism.", "pulmonary embolism"},
    {"Possible small left pneumothorax at the apex.", "pneumothorax"},
    {"No change in the known right upper lobe nodule.", "nodule"},
    {"A small pulmonary embolism cannot be excluded.", "pulmonary embolism"},
    {"Family history of aortic dissection in her father.", "aortic dissection"},
    {"If there is clinical concern for appendicitis, ultrasound is advised.", "appendicitis"},
    {"The previously seen subdural haematoma has resolved.", "subdural haematoma"},
    {"Enlarging 14 mm spiculated nodule suspicious for malignancy.", "malignancy"},
    {"Large left tension pneumothorax with mediastinal shift to the right.", "pneumothorax"},
    {"Appearances are consistent with acute appendicitis.", "appendicitis"},
    {"No acute intracranial haemorrhage, mass effect or midline shift.", "midline shift"},
    {"Old healed fractures of the right superior and inferior pubic rami.", "fractures"},
    {"Known metastatic prostate cancer with new back pain.", "cancer"},
    {"Query early consolidation in the left lower lobe.", "consolidation"},
    {"Stable 5 mm ground glass nodule in the left lower lobe.", "nodule"},
    {"No pleural effusion but there is a large right pneumothorax.", "pneumothorax"},
    {"CT to exclude aortic dissection.", "aortic dissection"},
    {"Pulmonary embolism is not seen.", "pulmonary embolism"},
    {"Acute on chronic subdural haematoma with 6 mm midline shift.", "subdural haematoma"},
  };

  private FindingsEngine engine;
  private List<ReportInput> reports;

  @Setup
  public void setUp() {
    engine = BenchReports.engine();
    List<String> texts = BenchReports.reports();
    reports = texts.stream().map(t -> new ReportInput("bench", t, "CT", null)).toList();
  }

  @Benchmark
  @OperationsPerInvocation(BenchReports.COUNT)
  public void analyseReports(Blackhole bh) {
    for (ReportInput report : reports) {
      bh.consume(engine.analyse(report));
    }
  }

  @Benchmark
  @OperationsPerInvocation(20)
  public void assessSentences(Blackhole bh) {
    for (String[] s : SENTENCES) {
      bh.consume(engine.assess(s[0], s[1]));
    }
  }
}
