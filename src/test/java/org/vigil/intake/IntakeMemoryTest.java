package org.vigil.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class IntakeMemoryTest {

  private static final long MB = 1024 * 1024;

  private final IntakeMemory memory = new IntakeMemory(new IntakeMemoryProperties(
      DataSize.ofMegabytes(100), 0.5, 10, DataSize.ofKilobytes(8), 20, DataSize.ofKilobytes(64),
      Duration.ofMillis(50), Duration.ofMillis(50)), 1024 * MB, new SimpleMeterRegistry());

  @Test
  void aMessageWaitsWhileOthersHoldTheBudgetAndGetsInOnceTheyAreDone() throws Exception {
    var first = memory.open();
    var second = memory.open();
    assertThat(first.grow(memory.hl7Cost(6 * MB, 0), Duration.ZERO)).isTrue();
    assertThat(second.grow(memory.hl7Cost(6 * MB, 0), Duration.ofMillis(50)))
        .as("60 MB held of 100 MB: another 60 MB must wait").isFalse();
    assertThat(second.heldBytes()).isZero();

    first.close();

    assertThat(second.grow(memory.hl7Cost(6 * MB, 0), Duration.ofMillis(50))).isTrue();
    assertThat(memory.reservedBytes()).isEqualTo(60 * MB);
  }

  @Test
  void growingGivesBackWhatWasHeldFirstSoTwoGrowingMessagesNeverDeadlock() throws Exception {
    var a = memory.open();
    var b = memory.open();
    assertThat(a.grow(40 * MB, Duration.ZERO)).isTrue();
    assertThat(b.grow(40 * MB, Duration.ZERO)).isTrue();

    assertThat(a.grow(70 * MB, Duration.ofMillis(20))).isFalse();
    assertThat(b.grow(70 * MB, Duration.ofMillis(20))).isTrue();
    assertThat(memory.reservedBytes()).isEqualTo(70 * MB);
  }

  @Test
  void segmentsCostMemoryOfTheirOwn() {
    assertThat(memory.hl7Cost(1000, 100)).isEqualTo(1000 * 10 + 100 * 8 * 1024);
    assertThat(memory.fhirCost(1000)).isEqualTo(20_000);
  }

  @Test
  void aLargestMessageThatCouldNeverFitStopsTheStartWithTheSettingNamed() {
    assertThatThrownBy(() -> memory.checkLargestMessage("vigil.mllp.max-message-bytes",
        memory.hl7Cost(20 * MB, 0)))
        .hasMessageContaining("vigil.mllp.max-message-bytes")
        .hasMessageContaining("-Xmx");
  }

  @Test
  void withoutAConfiguredBudgetItIsAShareOfTheHeap() {
    IntakeMemory half = new IntakeMemory(new IntakeMemoryProperties(null, 0.5, 10,
        DataSize.ofKilobytes(8), 20, DataSize.ofKilobytes(64), Duration.ZERO, Duration.ZERO),
        512 * MB, new SimpleMeterRegistry());
    assertThat(half.budgetBytes()).isEqualTo(256 * MB);
  }
}
