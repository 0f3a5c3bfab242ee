package org.vigil.record;

/**
 * The one place that knows how long each stored field may be (the column sizes in
 * {@code db/migration}) and which characters it may hold. Intake checks every value against these
 * limits and refuses the message naming its own field (OBR-3, DiagnosticReport.identifier...); the
 * record's command objects check them again, so no path can store a shortened value. Lengths are
 * counted in UTF-16 units, which is never less than the characters H2 and PostgreSQL count.
 */
public final class FieldLimits {

  public static final int IDENTIFIER_AUTHORITY = 100;
  public static final int IDENTIFIER_VALUE = 100;
  public static final int IDENTIFIER_TYPE = 20;
  public static final int PERSON_NAME = 200;
  public static final int ACCESSION = 64;
  public static final int ORDER_NUMBER = 64;
  public static final int PROCEDURE_CODE = 64;
  public static final int PROCEDURE_NAME = 250;
  public static final int MODALITY = 16;
  public static final int BODY_PART = 100;
  public static final int CLINICIAN = 200;
  public static final int TEAM = 200;
  public static final int SITE = 100;
  public static final int ABNORMAL_FLAG = 16;
  public static final int ALERT_CODES = 200;
  public static final int SECTION_HEADING = 200;
  public static final int SECTION_CODE = 64;
  /** Report text has no length limit; it is only checked for characters. */
  public static final int UNLIMITED = Integer.MAX_VALUE;

  private FieldLimits() {}

  /**
   * What is wrong with a one-line value (an identifier, a name, a code), or null when it may be
   * stored as it is: longer than {@code max}, a control character, or a broken surrogate pair.
   */
  public static String problem(String value, int max) {
    return problem(value, max, false);
  }

  /** As {@link #problem(String, int)} for free text: TAB, CR and LF are allowed, no length limit. */
  public static String textProblem(String value) {
    return problem(value, UNLIMITED, true);
  }

  private static String problem(String value, int max, boolean multiLine) {
    if (value == null) {
      return null;
    }
    if (value.length() > max) {
      return "is longer than the " + max + " characters Vigil can record (" + value.length()
          + ")";
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isControl(c) && !(multiLine && (c == '\t' || c == '\r' || c == '\n'))) {
        return "holds a control character (U+" + String.format("%04X", (int) c) + ") at position "
            + (i + 1);
      }
      if (Character.isSurrogate(c) && !pairedAt(value, i)) {
        return "holds a broken UTF-16 surrogate at position " + (i + 1);
      }
      if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
    return null;
  }

  /** The value when it may be stored as it is; otherwise refused, naming {@code field}. */
  static String check(String value, int max, String field) {
    String problem = problem(value, max);
    if (problem != null) {
      throw new FieldRejection(field, problem);
    }
    return value;
  }

  /** An identifier as the record will store it (checked on writes only: stored ones fit). */
  static PatientIdentifier check(PatientIdentifier id) {
    check(id.authority(), IDENTIFIER_AUTHORITY, "identifier authority");
    check(id.value(), IDENTIFIER_VALUE, "identifier value");
    check(id.type(), IDENTIFIER_TYPE, "identifier type");
    return id;
  }

  static String checkText(String value, String field) {
    String problem = textProblem(value);
    if (problem != null) {
      throw new FieldRejection(field, problem);
    }
    return value;
  }

  private static boolean isControl(char c) {
    return c < 0x20 || c == 0x7F;
  }

  private static boolean pairedAt(String value, int i) {
    char c = value.charAt(i);
    return Character.isHighSurrogate(c) && i + 1 < value.length()
        && Character.isLowSurrogate(value.charAt(i + 1));
  }
}
