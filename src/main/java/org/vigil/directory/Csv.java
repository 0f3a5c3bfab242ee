package org.vigil.directory;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 comma-separated values: fields may be quoted ("a, b"), a quote inside a quoted field
 * is doubled; lines end with CRLF or LF; blank lines are skipped. A quoted field may not span
 * lines (a directory has no use for it, and it hides a missing quote).
 */
final class Csv {

  private Csv() {}

  /** One row and the line of the file it was on (from 1). */
  record Row(int line, List<String> cells) {}

  static List<Row> parse(String text) {
    List<Row> rows = new ArrayList<>();
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = n == 0 && lines[n].startsWith("\uFEFF") ? lines[n].substring(1) : lines[n];
      if (!line.isBlank()) {
        rows.add(new Row(n + 1, fields(line, n + 1)));
      }
    }
    return rows;
  }

  private static List<String> fields(String line, int number) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
        field.setLength(0);
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("line " + number + ": a quoted field is not closed");
    }
    fields.add(field.toString());
    return fields;
  }
}
