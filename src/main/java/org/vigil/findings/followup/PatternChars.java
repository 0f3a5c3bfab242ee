package org.vigil.findings.followup;

/**
 * The character classes of Java's regular expressions (no flags), for scans that stand in for a
 * pattern and must agree with it exactly.
 */
final class PatternChars {

  private PatternChars() {}

  /** What {@code \s} matches: space, tab, LF, VT, FF and CR. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** What {@code \w} matches; all of it is a word character to {@code \b} too. */
  static boolean isWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }
}
