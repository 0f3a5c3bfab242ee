package org.vigil.intake.hl7;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Original-mode ACKs, built as text: MSH (Vigil to the sender, in the sender's version), MSA with
 * the code, the sender's control id and a short reason, and for AE/AR an ERR with the HL7 table
 * 0357 code. Control ids come from an in-memory counter (no ./id_file).
 */
@Component
class AckBuilder {

  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss.SSSZ")
      .withZone(ZoneOffset.UTC);

  private final Clock clock;
  private final String prefix;
  private final AtomicLong counter = new AtomicLong();

  AckBuilder(Clock clock) {
    this.clock = clock;
    this.prefix = "V" + Long.toString(clock.millis() / 1000, 36).toUpperCase();
  }

  String ack(MessageHeader header, AckCode code, String text, int errorCode) {
    return ack(header, code, text, errorCode, null);
  }

  /** As above; {@code field} ("OBR-3", "PID-3.4") becomes the ERR-2 error location. */
  String ack(MessageHeader header, AckCode code, String text, int errorCode, String field) {
    String version = header == null ? "2.5.1" : header.version();
    StringBuilder ack = new StringBuilder(256)
        .append("MSH|^~\\&|VIGIL|VIGIL|")
        .append(escape(header == null ? "" : header.sendingApplication())).append('|')
        .append(escape(header == null ? "" : header.sendingFacility())).append('|')
        .append(TS.format(clock.instant())).append("||ACK^")
        .append(escape(header == null ? "" : header.triggerEvent())).append("^ACK|")
        .append(prefix).append(counter.incrementAndGet()).append('|')
        .append(header == null || header.processingId().isEmpty() ? "P" : escape(header.processingId()))
        .append('|').append(escape(version)).append('\r')
        .append("MSA|").append(code).append('|')
        .append(escape(header == null ? "" : header.controlId())).append('|')
        .append(escape(cut(text))).append('\r');
    if (code != AckCode.AA) {
      ack.append("ERR||").append(location(field)).append('|').append(errorCode).append('^')
          .append(errorName(errorCode))
          .append("^HL70357|E||||").append(escape(cut(text))).append('\r');
    }
    return ack.toString();
  }

  /** ERR-2 (ERL): segment^sequence^field[^repetition^component]; MSH-10 when no field is named. */
  static String location(String field) {
    if (field == null || !field.matches("[A-Z0-9]{3}-\\d+(\\.\\d+)?")) {
      return "MSH^1^10";
    }
    String[] parts = field.substring(4).split("\\.");
    String location = field.substring(0, 3) + "^1^" + parts[0];
    return parts.length > 1 ? location + "^1^" + parts[1] : location;
  }

  private static String errorName(int code) {
    return switch (code) {
      case 100 -> "Segment sequence error";
      case 101 -> "Required field missing";
      case 102 -> "Data type error";
      case 104 -> "Value too long";
      case 200 -> "Unsupported message type";
      case 201 -> "Unsupported event code";
      case 203 -> "Unsupported version id";
      case 204 -> "Unknown key identifier";
      case 206 -> "Application record locked";
      default -> "Application internal error";
    };
  }

  private static String cut(String text) {
    return text == null ? "" : text.length() > 200 ? text.substring(0, 200) : text;
  }

  static String escape(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\E\\");
        case '|' -> out.append("\\F\\");
        case '^' -> out.append("\\S\\");
        case '&' -> out.append("\\T\\");
        case '~' -> out.append("\\R\\");
        case '\r', '\n' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
