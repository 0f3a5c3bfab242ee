package org.vigil.intake.hl7;

/**
 * Why a message is answered AE or AR. The reason goes into MSA-3 and ERR, and into the dead
 * letter: it must never contain patient data. {@code errorCode} is from HL7 table 0357.
 */
public class Hl7Rejection extends RuntimeException {

  static final int SEGMENT_SEQUENCE = 100;
  public static final int REQUIRED_FIELD_MISSING = 101;
  static final int DATA_TYPE = 102;
  static final int VALUE_TOO_LONG = 104;
  static final int UNSUPPORTED_MESSAGE_TYPE = 200;
  static final int UNSUPPORTED_VERSION = 203;
  static final int UNKNOWN_KEY = 204;
  static final int INTERNAL_ERROR = 207;

  private final AckCode code;
  private final int errorCode;
  private final String field;

  Hl7Rejection(AckCode code, int errorCode, String reason) {
    this(code, errorCode, reason, null);
  }

  private Hl7Rejection(AckCode code, int errorCode, String reason, String field) {
    super(reason);
    this.code = code;
    this.errorCode = errorCode;
    this.field = field;
  }

  /**
   * AE for a value Vigil cannot store as sent, naming the field ({@code "OBR-3"},
   * {@code "PID-3.4"}) in MSA-3 and in ERR-2; {@code problem} says what is wrong, never the value.
   */
  public static Hl7Rejection field(String field, String problem) {
    int errorCode = problem.startsWith("is longer") ? VALUE_TOO_LONG : DATA_TYPE;
    return new Hl7Rejection(AckCode.AE, errorCode, field + " " + problem, field);
  }

  static Hl7Rejection reject(int errorCode, String reason) {
    return new Hl7Rejection(AckCode.AR, errorCode, reason);
  }

  public static Hl7Rejection error(int errorCode, String reason) {
    return new Hl7Rejection(AckCode.AE, errorCode, reason);
  }

  AckCode code() {
    return code;
  }

  int errorCode() {
    return errorCode;
  }

  /** The field at fault as "SEG-n" or "SEG-n.c", or null when the message as a whole is. */
  String field() {
    return field;
  }

  String reason() {
    return getMessage();
  }
}
