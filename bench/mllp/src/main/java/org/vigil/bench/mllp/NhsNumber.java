package org.vigil.bench.mllp;

import java.util.Random;

/** Synthetic NHS numbers from the 999 test range with a valid Modulus 11 check digit. */
final class NhsNumber {

  private NhsNumber() {}

  static String make(Random random) {
    while (true) {
      String stem = "999" + String.format("%06d", random.nextInt(1_000_000));
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (stem.charAt(i) - '0') * (10 - i);
      }
      int check = 11 - sum % 11;
      if (check != 10) {
        return stem + (check == 11 ? 0 : check);
      }
    }
  }
}
