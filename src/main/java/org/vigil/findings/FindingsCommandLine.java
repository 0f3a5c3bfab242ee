package org.vigil.findings;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Set;
import org.vigil.findings.cli.FindingsCli;
import org.vigil.findings.eval.Evaluation;
import org.vigil.findings.eval.corpus.CorpusEvaluation;

/** The findings module's command line: {@code analyse}, {@code context}, {@code evaluate} and
 * {@code evaluate-corpus}. */
public final class FindingsCommandLine {

  private static final Set<String> COMMANDS = Set.of("analyse", "context", "evaluate", "evaluate-corpus");

  private FindingsCommandLine() {}

  public static boolean handles(String[] args) {
    return args.length > 0 && COMMANDS.contains(args[0]);
  }

  /** Runs the command in {@code args[0]}; returns the process exit status. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    if ("evaluate".equals(args[0])) {
      return Evaluation.run(Arrays.copyOfRange(args, 1, args.length), out);
    }
    if ("evaluate-corpus".equals(args[0])) {
      return CorpusEvaluation.run(Arrays.copyOfRange(args, 1, args.length), out);
    }
    return FindingsCli.run(args, in, out, err);
  }
}
