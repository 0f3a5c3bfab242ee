package org.vigil.turnaround.export;

/**
 * CSV cells (RFC 4180) that a spreadsheet will not run: a cell starting with = + - @ (or a tab or
 * carriage return, which some spreadsheets strip before reading a formula) gets a leading
 * apostrophe, so a referrer's or procedure's name typed as a formula stays text (OWASP CSV
 * injection). Cells holding a comma, quote or line break are quoted.
 */
final class CsvCells {

  private CsvCells() {}

  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String safe = value;
    char first = value.charAt(0);
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
        || first == '\r') {
      safe = "'" + value;
    }
    if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
        || safe.indexOf('\r') >= 0) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }

  static String row(String... cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(cell(cells[i]));
    }
    return line.append("\r\n").toString();
  }
}
