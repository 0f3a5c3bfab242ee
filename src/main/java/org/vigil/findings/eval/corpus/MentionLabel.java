package org.vigil.findings.eval.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One hand label: a mention at {@code offset} of a report's section with its assertion (letters
 * A affirmed, N negated, U uncertain, H historical, Y hypothetical), or, with section "*", whether
 * the report recommends a follow-up (F) or not (-).
 */
public record MentionLabel(String uid, String section, int offset, String mention, String label) {

  public boolean isReportRow() {
    return section.equals("*");
  }

  public boolean has(char flag) {
    return label.indexOf(flag) >= 0;
  }

  /** Reads a labels file: tab-separated uid, section, offset, mention, label; # comments. */
  public static List<MentionLabel> read(Path file) {
    List<MentionLabel> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 5 || !f[4].matches("[ANUHYF-]+")) {
          throw new IllegalArgumentException(file + ":" + n + ": expected uid, section, offset,"
              + " mention, label (A, N, U, H, Y, F or -)");
        }
        out.add(new MentionLabel(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return out;
  }
}
