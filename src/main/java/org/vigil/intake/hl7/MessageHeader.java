package org.vigil.intake.hl7;

import static org.vigil.intake.hl7.Hl7Rejection.REQUIRED_FIELD_MISSING;
import static org.vigil.intake.hl7.Hl7Rejection.SEGMENT_SEQUENCE;

import java.util.HashSet;
import java.util.Set;

/**
 * The MSH fields Vigil needs before (and whatever the outcome of) parsing: who sent it, its
 * control id, type and version. Read with plain string splitting so that a message HAPI cannot
 * parse can still be answered and filed under its sender.
 */
public record MessageHeader(
    char fieldSeparator,
    String encodingCharacters,
    String sendingApplication,
    String sendingFacility,
    String receivingApplication,
    String receivingFacility,
    String messageCode,
    String triggerEvent,
    String controlId,
    String processingId,
    String version) {

  private static final int MAX_SENDER = 200;
  private static final int MAX_TYPE = 40;

  String messageType() {
    return triggerEvent.isEmpty() ? messageCode : messageCode + "^" + triggerEvent;
  }

  /** Reads and checks the MSH of normalised text (segments end in CR). */
  static MessageHeader read(String text) {
    if (!text.startsWith("MSH") || text.length() < 8) {
      throw Hl7Rejection.reject(SEGMENT_SEQUENCE, "not an HL7 v2 message: it does not start with MSH");
    }
    char separator = text.charAt(3);
    int cr = text.indexOf('\r');
    String msh = cr < 0 ? text : text.substring(0, cr);
    String[] f = msh.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
    String encoding = f.length > 1 ? f[1] : "";
    checkEncoding(separator, encoding);
    char component = encoding.charAt(0);
    String[] type = field(f, 9).split(java.util.regex.Pattern.quote(String.valueOf(component)), -1);
    MessageHeader header = new MessageHeader(separator, encoding,
        first(field(f, 3), component), first(field(f, 4), component),
        first(field(f, 5), component), first(field(f, 6), component),
        type[0].strip(), type.length > 1 ? type[1].strip() : "",
        field(f, 10).strip(), first(field(f, 11), component), first(field(f, 12), component));
    header.checkRequired();
    return header;
  }

  /** MSH-18 (first repetition) from text that may not be normalised or valid; null if none. */
  static String charsetLabel(String text) {
    int start = text.indexOf("MSH");
    if (start < 0 || text.length() < start + 8) {
      return null;
    }
    int end = start;
    while (end < text.length() && text.charAt(end) != '\r' && text.charAt(end) != '\n') {
      end++;
    }
    String msh = text.substring(start, end);
    if (msh.length() < 4) {
      return null; // "MSH" at the end of a line: no separator (found by Hl7MapperFuzzTest)
    }
    String[] f = msh.split(java.util.regex.Pattern.quote(String.valueOf(msh.charAt(3))), -1);
    if (f.length < 18 || f[1].length() < 2) {
      return null;
    }
    String label = f[17].split(java.util.regex.Pattern.quote(String.valueOf(f[1].charAt(1))),
        -1)[0];
    return label.isBlank() ? null : label;
  }

  private void checkRequired() {
    if (messageCode.isEmpty()) {
      throw Hl7Rejection.reject(REQUIRED_FIELD_MISSING, "MSH-9 message type is missing");
    }
    if (controlId.isEmpty()) {
      throw Hl7Rejection.reject(REQUIRED_FIELD_MISSING, "MSH-10 message control id is missing");
    }
    if (version.isEmpty()) {
      throw Hl7Rejection.reject(REQUIRED_FIELD_MISSING, "MSH-12 version id is missing");
    }
    if (controlId.length() > 199) {
      throw Hl7Rejection.reject(Hl7Rejection.DATA_TYPE, "MSH-10 message control id is too long");
    }
    // the archive's columns (inbound_message): refused whole rather than stored cut
    fits(sendingApplication, MAX_SENDER, "MSH-3");
    fits(sendingFacility, MAX_SENDER, "MSH-4");
    fits(messageType(), MAX_TYPE, "MSH-9");
  }

  private static void fits(String value, int max, String field) {
    if (value.length() > max) {
      throw Hl7Rejection.field(field, "is longer than the " + max
          + " characters Vigil can record (" + value.length() + ")");
    }
  }

  /** MSH-2: four (or five, v2.7 truncation) distinct, non-alphanumeric separator characters. */
  private static void checkEncoding(char separator, String encoding) {
    Set<Character> seen = new HashSet<>();
    seen.add(separator);
    boolean ok = (encoding.length() == 4 || encoding.length() == 5)
        && !Character.isLetterOrDigit(separator) && separator != ' ';
    for (char c : encoding.toCharArray()) {
      ok &= seen.add(c) && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }
    if (!ok) {
      throw Hl7Rejection.reject(Hl7Rejection.DATA_TYPE,
          "MSH-1/MSH-2 encoding characters are invalid (expected e.g. |^~\\&)");
    }
  }

  private static String field(String[] fields, int number) {
    int index = number - 1; // fields[0] is "MSH"; MSH-1 is the separator itself
    return index < fields.length ? fields[index] : "";
  }

  private static String first(String field, char component) {
    int at = field.indexOf(component);
    return (at < 0 ? field : field.substring(0, at)).strip();
  }
}
