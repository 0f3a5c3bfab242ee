package org.vigil.findings.eval.corpus;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.vigil.findings.FindingsEngine;

/** Placeholder: the labelled mentions are measured here. */
final class MentionEvaluation {

  private MentionEvaluation() {}

  static void run(Path labels, List<CodedReport> reports, FindingsEngine engine, PrintStream out,
      boolean showHeldOut) {
    out.println("labels not yet read: " + labels);
  }
}
