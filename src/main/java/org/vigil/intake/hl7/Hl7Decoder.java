package org.vigil.intake.hl7;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Bytes to text: the character set named in MSH-18 when there is one Vigil knows, otherwise UTF-8
 * if the bytes are valid UTF-8, otherwise ISO-8859-1 (which can decode any byte). Segment ends
 * (CR, LF or CRLF) become CR; blank lines and surrounding white space are dropped.
 */
final class Hl7Decoder {

  private Hl7Decoder() {}

  /** The decoded, normalised text of a message and the charset used. */
  record Decoded(String text, Charset charset) {}

  static Decoded decode(byte[] raw) {
    Charset declared = declaredCharset(raw);
    Charset charset = declared != null ? declared : utf8OrLatin1(raw);
    if (declared == StandardCharsets.UTF_8 && !isUtf8(raw)) {
      charset = StandardCharsets.ISO_8859_1; // declared UTF-8 but it is not: keep every byte
    }
    return new Decoded(normalise(new String(raw, charset)), charset);
  }

  /**
   * CR segment ends, no blank lines or surrounding white space. A line that does not start like a
   * segment (three letters or digits and the field separator) continues the previous segment,
   * joined with a space: some senders break long fields (Base64, text) with raw line breaks.
   */
  static String normalise(String text) {
    String cr = text.replace("\r\n", "\r").replace('\n', '\r');
    if (!cr.isEmpty() && cr.charAt(0) == '\uFEFF') {
      cr = cr.substring(1);
    }
    String stripped = cr.strip();
    char separator = stripped.startsWith("MSH") && stripped.length() > 3 ? stripped.charAt(3) : '|';
    StringBuilder out = new StringBuilder(cr.length());
    for (String segment : cr.split("\r")) {
      String line = out.isEmpty() ? segment.strip() : segment.stripTrailing();
      if (line.isBlank()) {
        continue;
      }
      if (!out.isEmpty() && !looksLikeSegment(line, separator)) {
        out.setLength(out.length() - 1);
        out.append(' ').append(line.strip());
      } else {
        out.append(line);
      }
      out.append('\r');
    }
    return out.toString();
  }

  private static boolean looksLikeSegment(String line, char separator) {
    if (line.length() < 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = line.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return line.length() == 3 || line.charAt(3) == separator;
  }

  /** The charset MSH-18 names, or null when it is absent or unknown (then the bytes decide). */
  static Charset declaredCharset(byte[] raw) {
    String label = MessageHeader.charsetLabel(new String(raw, StandardCharsets.ISO_8859_1));
    if (label == null) {
      return null;
    }
    String l = label.strip().toUpperCase(Locale.ROOT);
    if (l.equals("UNICODE UTF-8") || l.equals("UTF-8") || l.equals("UNICODE")) {
      return StandardCharsets.UTF_8;
    }
    if (l.startsWith("8859/")) {
      try {
        return Charset.forName("ISO-8859-" + l.substring(5));
      } catch (RuntimeException unknown) {
        return null;
      }
    }
    return null; // ASCII and anything else: let the bytes decide (senders often mislabel)
  }

  static Charset utf8OrLatin1(byte[] raw) {
    return isUtf8(raw) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
  }

  static boolean isUtf8(byte[] raw) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
