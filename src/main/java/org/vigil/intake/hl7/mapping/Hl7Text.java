package org.vigil.intake.hl7.mapping;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Report text from FT/TX/ST values. HAPI has already turned the delimiter escapes (\F\ \S\ \T\ \R\
 * \E\) into characters; this turns the formatting escapes into plain text: \.br\ and \.ce\ into a
 * line break, \.sp n\ into n line breaks, \Xhh..\ into the characters those bytes encode, and drops
 * the rest (\H\ \N\ \.in\ \.ti\ \.sk\ \.fi\ \.nf\ \Z..\ \C..\ \M..\), which only style the text.
 */
final class Hl7Text {

  private static final Pattern FORMATTING = Pattern.compile(
      "\\\\(\\.br|\\.ce|\\.sp ?\\d*|\\.in ?[+-]?\\d*|\\.ti ?[+-]?\\d*|\\.sk ?\\d*|\\.fi|\\.nf"
          + "|H|N|X[0-9A-Fa-f]*|Z[^\\\\\\r]*|C[0-9A-Fa-f]*|M[0-9A-Fa-f]*)\\\\");

  private Hl7Text() {}

  static String plain(String value, Charset charset) {
    if (value == null || value.indexOf('\\') < 0) {
      return value == null ? "" : value;
    }
    Matcher m = FORMATTING.matcher(value);
    StringBuilder out = new StringBuilder(value.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(replacement(m.group(1), charset)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String replacement(String command, Charset charset) {
    if (command.equals(".br") || command.equals(".ce")) {
      return "\n";
    }
    if (command.startsWith(".sp")) {
      String n = command.substring(3).strip();
      return "\n".repeat(n.isEmpty() ? 1 : Math.min(Integer.parseInt(n), 20));
    }
    if (command.startsWith("X")) {
      return hex(command.substring(1), charset);
    }
    return "";
  }

  private static String hex(String digits, Charset charset) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i + 1 < digits.length(); i += 2) {
      bytes.write(Integer.parseInt(digits.substring(i, i + 2), 16));
    }
    return bytes.toString(charset);
  }
}
