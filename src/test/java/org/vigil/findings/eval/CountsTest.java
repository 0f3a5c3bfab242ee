package org.vigil.findings.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CountsTest {

  @Test
  void precisionRecallAndF1FollowTheirDefinitions() {
    Counts counts = new Counts(8, 2, 4);

    assertThat(counts.precision()).isCloseTo(0.8, within(1e-9));
    assertThat(counts.recall()).isCloseTo(8.0 / 12, within(1e-9));
    assertThat(counts.f1()).isCloseTo(2 * 0.8 * (8.0 / 12) / (0.8 + 8.0 / 12), within(1e-9));
    assertThat(counts.support()).isEqualTo(12);
  }

  @Test
  void anEngineThatFindsNothingHasNoPrecisionToBoastOf() {
    Counts nothingFound = new Counts(0, 0, 5);

    assertThat(nothingFound.precision()).isZero();
    assertThat(nothingFound.recall()).isZero();
    assertThat(nothingFound.f1()).isZero();
  }

  @Test
  void nothingExpectedAndNothingFoundIsPerfect() {
    assertThat(Counts.ZERO.precision()).isEqualTo(1.0);
    assertThat(Counts.ZERO.recall()).isEqualTo(1.0);
  }

  @Test
  void countsAddUp() {
    Counts sum = Counts.ZERO.plusTp().plusFp().plusFn().plus(new Counts(1, 1, 1));

    assertThat(sum).isEqualTo(new Counts(2, 2, 2));
  }
}
