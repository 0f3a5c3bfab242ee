package org.vigil.findings.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.vigil.findings.FindingsEngine;
import org.vigil.findings.FollowUpReader;
import org.vigil.findings.followup.FollowUpRecommendations;

/**
 * The command line: {@code analyse} reads reports as JSON Lines on stdin and writes one analysis
 * per line; {@code context} reads {id, sentence, target} lines and writes their assertion. A bad
 * line gets an {"id", "error"} line and the run goes on. No Spring: usable from a plain jar.
 */
public final class FindingsCli {

  static final String USAGE = "usage: analyse|context [--kb FILE] < input.jsonl > output.jsonl";

  private FindingsCli() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false,
        StandardCharsets.UTF_8);
    int status = run(args, System.in, out, System.err);
    out.flush();
    System.exit(status);
  }

  /** Runs a command; returns the exit status (0 done, 1 cannot start, 2 usage). */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, FollowUpRecommendations.fromClasspath());
  }

  /** As {@link #run(String[], InputStream, PrintStream, PrintStream)} with a follow-up reader. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err,
      FollowUpReader followUps) {
    if (args.length == 0 || !(args[0].equals("analyse") || args[0].equals("context"))) {
      err.println(USAGE);
      return 2;
    }
    Path kb = null;
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--kb") && i + 1 < args.length) {
        kb = Path.of(args[++i]);
      } else {
        err.println("unknown argument: " + args[i]);
        err.println(USAGE);
        return 2;
      }
    }
    FindingsEngine engine;
    try {
      engine = kb == null ? FindingsEngine.withDefaultKnowledgeBase(followUps)
          : FindingsEngine.withKnowledgeBase(kb, followUps);
    } catch (RuntimeException e) {
      err.println("cannot load the knowledge base: " + e.getMessage());
      return 1;
    }
    LineHandler handler = args[0].equals("analyse") ? new AnalyseLines(engine) : new ContextLines(engine);
    stream(in, out, handler);
    return 0;
  }

  /** One line in, one line out; flushes whenever no more input is waiting. */
  private static void stream(InputStream in, PrintStream out, LineHandler handler) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        out.println(handler.handle(line));
        if (!reader.ready()) {
          out.flush();
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
