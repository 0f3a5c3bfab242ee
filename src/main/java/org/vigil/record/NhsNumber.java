package org.vigil.record;

import java.util.Optional;

/** A 10-digit NHS number whose last digit is its Modulus 11 check digit. */
public record NhsNumber(String value) {

  public NhsNumber {
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a valid NHS number (10 digits, Modulus 11 check)");
    }
  }

  /** Parses a number written with or without spaces or dashes ("943 476 5919"). */
  public static Optional<NhsNumber> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String digits = text.replace(" ", "").replace("-", "");
    return isValid(digits) ? Optional.of(new NhsNumber(digits)) : Optional.empty();
  }

  public static boolean isValid(String digits) {
    if (digits == null || digits.length() != 10 || !digits.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - (sum % 11);
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == digits.charAt(9) - '0';
  }

  @Override
  public String toString() {
    return value;
  }
}
