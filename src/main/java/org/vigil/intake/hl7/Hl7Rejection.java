package org.vigil.intake.hl7;

/**
 * Why a message is answered AE or AR. The reason goes into MSA-3 and ERR, and into the dead
 * letter: it must never contain patient data. {@code errorCode} is from HL7 table 0357.
 */
public class Hl7Rejection extends RuntimeException {

  static final int SEGMENT_SEQUENCE = 100;
  public static final int REQUIRED_FIELD_MISSING = 101;
  static final int DATA_TYPE = 102;
  static final int UNSUPPORTED_MESSAGE_TYPE = 200;
  static final int UNSUPPORTED_VERSION = 203;
  static final int UNKNOWN_KEY = 204;
  static final int INTERNAL_ERROR = 207;

  private final AckCode code;
  private final int errorCode;

  Hl7Rejection(AckCode code, int errorCode, String reason) {
    super(reason);
    this.code = code;
    this.errorCode = errorCode;
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

  String reason() {
    return getMessage();
  }
}
