package org.vigil.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NhsNumberTest {

  @Test
  void acceptsNumbersWhoseModulus11CheckDigitMatches() {
    assertThat(NhsNumber.isValid("9434765919")).isTrue();
    assertThat(NhsNumber.isValid("4010232137")).isTrue();
    assertThat(NhsNumber.parse("943 476 5919")).map(NhsNumber::value).contains("9434765919");
  }

  @Test
  void rejectsAWrongCheckDigitAWrongLengthAndLetters() {
    assertThat(NhsNumber.isValid("9434765918")).isFalse();
    assertThat(NhsNumber.isValid("943476591")).isFalse();
    assertThat(NhsNumber.isValid("94347659A9")).isFalse();
    assertThat(NhsNumber.parse(null)).isEmpty();
    assertThatThrownBy(() -> new NhsNumber("1234567890")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsNumbersWhoseCheckDigitWouldBeTen() {
    // 000000006x: sum = 6*2 = 12, 11 - (12 % 11) = 10 -> no valid check digit exists
    for (int last = 0; last <= 9; last++) {
      assertThat(NhsNumber.isValid("000000006" + last)).isFalse();
    }
  }
}
