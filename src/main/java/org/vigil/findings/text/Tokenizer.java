package org.vigil.findings.text;

/**
 * Splits text into word, number and punctuation tokens. Hyphens, slashes and other symbols split
 * words and are not tokens themselves ("post-operative" is "post" "operative"); a letter-digit
 * boundary splits too ("12mm" is "12" "mm", "L1" is "L" "1"). Decimals stay one number ("1.2").
 */
public final class Tokenizer {

  private Tokenizer() {}

  /** Appends the tokens of text[from, to) to {@code tokens}. */
  public static void tokenize(Tokens tokens, int from, int to) {
    String text = tokens.text();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int end = wordEnd(text, i, to);
        tokens.add(i, end, Tokens.WORD, Normaliser.word(text, i, end));
        i = end;
      } else if (isDigit(c)) {
        int end = numberEnd(text, i, to);
        tokens.add(i, end, Tokens.NUMBER, text.substring(i, end));
        i = end;
      } else if (isPunct(c)) {
        tokens.add(i, i + 1, Tokens.PUNCT, punct(c));
        i++;
      } else {
        i++;
      }
    }
  }

  /** The tokens of a whole string (for phrases in the knowledge base). */
  public static Tokens tokenize(String text) {
    Tokens tokens = new Tokens(text);
    tokenize(tokens, 0, text.length());
    return tokens;
  }

  private static int wordEnd(String text, int i, int to) {
    int j = i + 1;
    while (j < to) {
      char c = text.charAt(j);
      boolean apostrophe =
          (c == '\'' || c == '\u2019') && j + 1 < to && Character.isLetter(text.charAt(j + 1));
      if (!Character.isLetter(c) && !apostrophe) {
        break;
      }
      j++;
    }
    return j;
  }

  private static int numberEnd(String text, int i, int to) {
    int j = i + 1;
    while (j < to) {
      char c = text.charAt(j);
      if (isDigit(c)) {
        j++;
      } else if (c == '.' && j + 1 < to && isDigit(text.charAt(j + 1))) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isPunct(char c) {
    return c == ',' || c == ';' || c == ':' || c == '?' || c == '.' || c == '!' || c == '('
        || c == ')' || c == '#';
  }

  private static String punct(char c) {
    switch (c) {
      case ',':
        return ",";
      case ';':
        return ";";
      case ':':
        return ":";
      case '?':
        return "?";
      case '.':
        return ".";
      case '!':
        return "!";
      case '(':
        return "(";
      case '#':
        return "#";
      default:
        return ")";
    }
  }
}
