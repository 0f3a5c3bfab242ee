package org.vigil.demo.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NhsNumbersTest {

  @Test
  void acceptsThePublishedExampleNhsNumber() {
    assertThat(NhsNumbers.isValid("9434765919")).isTrue();
  }

  @Test
  void rejectsANumberWithAWrongCheckDigitOrLength() {
    assertThat(NhsNumbers.isValid("9434765918")).isFalse();
    assertThat(NhsNumbers.isValid("943476591")).isFalse();
    assertThat(NhsNumbers.isValid("94347659A9")).isFalse();
    assertThat(NhsNumbers.isValid(null)).isFalse();
  }

  @Test
  void generatesOnlyValidNumbersFromTheTestRange() {
    Random random = new Random(1);
    for (int i = 0; i < 10_000; i++) {
      String number = NhsNumbers.next(random);
      assertThat(NhsNumbers.isValid(number)).as(number).isTrue();
      assertThat(number).startsWith("999");
    }
  }
}
