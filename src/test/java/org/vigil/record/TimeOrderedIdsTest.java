package org.vigil.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

  @Test
  void isAVersion7RfcUuidCarryingItsMillisecond() {
    UUID id = TimeOrderedIds.at(1_764_000_000_123L);

    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(1_764_000_000_123L);
  }

  @Test
  void laterMillisecondsSortAfterEarlierOnesAsDatabasesCompareThem() {
    UUID earlier = TimeOrderedIds.at(1_764_000_000_123L);
    UUID later = TimeOrderedIds.at(1_764_000_000_124L);

    // H2 and PostgreSQL compare uuids as unsigned bytes, most significant first
    assertThat(Long.compareUnsigned(earlier.getMostSignificantBits(),
        later.getMostSignificantBits())).isNegative();
    assertThat(earlier.toString()).isLessThan(later.toString());
  }

  @Test
  void idsMadeInTheSameMillisecondDiffer() {
    Set<UUID> ids = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      ids.add(TimeOrderedIds.at(1_764_000_000_123L));
    }
    assertThat(ids).hasSize(100_000);
  }
}
