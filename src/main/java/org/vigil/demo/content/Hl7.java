package org.vigil.demo.content;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/** Small helpers to write HL7 v2 pipe-delimited text: escaping, timestamps, segments. */
public final class Hl7 {

  public static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyyMMddHHmmssZ");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

  private Hl7() {}

  /** Escapes the delimiters |^~\& in free text and drops line breaks. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
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

  /** A DTM with seconds and the UK offset, e.g. 20261020143000+0100. */
  public static String ts(Instant instant) {
    return instant == null ? "" : TS.format(instant.atZone(LONDON));
  }

  public static String date(java.time.LocalDate date) {
    return DATE.format(date);
  }

  /** A segment whose fields are set by their HL7 position (1-based); trailing empties are cut. */
  public static final class Segment {
    private final String name;
    private final String[] fields = new String[60];
    private int last;

    public Segment(String name) {
      this.name = name;
    }

    /** Sets a raw (already escaped or structured) field value. */
    public Segment set(int position, String value) {
      fields[position] = value;
      last = Math.max(last, position);
      return this;
    }

    /** Sets a free-text field, escaping delimiters. */
    public Segment text(int position, String value) {
      return set(position, escape(value));
    }

    @Override
    public String toString() {
      StringBuilder out = new StringBuilder(name);
      for (String field : Arrays.copyOfRange(fields, 1, last + 1)) {
        out.append('|').append(field == null ? "" : field);
      }
      return out.toString();
    }
  }
}
