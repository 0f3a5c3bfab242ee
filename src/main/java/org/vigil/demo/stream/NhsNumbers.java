package org.vigil.demo.stream;

import java.util.Random;

/**
 * Synthetic NHS numbers with a valid Modulus 11 check digit. Numbers are drawn from the
 * 999 range that NHS England reserves for testing, so no real patient's number is produced.
 */
public final class NhsNumbers {

  private NhsNumbers() {}

  /** A valid 10-digit NHS number starting 999 (retries the 1 in 11 draws whose check is 10). */
  public static String next(Random random) {
    while (true) {
      String stem = "999" + String.format("%06d", random.nextInt(1_000_000));
      int check = checkDigit(stem);
      if (check >= 0) {
        return stem + check;
      }
    }
  }

  /** True when the text is 10 digits whose last digit is the Modulus 11 check of the first 9. */
  public static boolean isValid(String number) {
    if (number == null || !number.matches("\\d{10}")) {
      return false;
    }
    int check = checkDigit(number.substring(0, 9));
    return check >= 0 && check == number.charAt(9) - '0';
  }

  /** The check digit for 9 digits, or -1 when the remainder gives 10 (such stems are unused). */
  static int checkDigit(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (nineDigits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - (sum % 11);
    if (check == 11) {
      return 0;
    }
    return check == 10 ? -1 : check;
  }
}
