package org.vigil.findings.eval;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.vigil.findings.FindingsEngine;

/**
 * The {@code evaluate [corpus-dir]} command: runs the engine over the labelled corpus and prints
 * per-concept, per-category, per-modifier and follow-up figures and every miss. Without a
 * directory it reads the corpus from the classpath ({@value CorpusReader#CLASSPATH_DIR}).
 *
 * <p>Exit status: 0 evaluated; 1 bad arguments or unreadable corpus; 2 the engine threw on some
 * report or sentence (the figures count those as misses).
 */
public final class Evaluation {

  private Evaluation() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  public static int run(String[] args, PrintStream out) {
    return run(args, out, () -> Evaluator.of(FindingsEngine.withDefaultKnowledgeBase()));
  }

  static int run(String[] args, PrintStream out, Supplier<Evaluator> evaluator) {
    if (args.length > 1 || (args.length == 1 && args[0].startsWith("-"))) {
      out.println("usage: evaluate [corpus-dir]   (a folder holding sentences.jsonl and reports.jsonl)");
      return 1;
    }
    Corpus corpus;
    try {
      corpus = args.length == 0 ? CorpusReader.fromClasspath() : fromDirectory(Path.of(args[0]));
    } catch (RuntimeException e) {
      out.println("cannot read the corpus: " + e.getMessage());
      return 1;
    }
    Evaluator engine;
    try {
      engine = evaluator.get();
    } catch (RuntimeException e) {
      out.println("cannot start the findings engine: " + e.getMessage());
      return 1;
    }
    EvaluationSummary summary = engine.evaluate(corpus);
    new SummaryPrinter(out).print(summary);
    return summary.engineFailures() == 0 ? 0 : 2;
  }

  private static Corpus fromDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + " is not a directory");
    }
    return CorpusReader.fromDirectory(dir);
  }
}
