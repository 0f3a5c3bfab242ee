package org.vigil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DurableEmbeddedDatabaseTest {

  @Test
  void anOperatorsPlainFileUrlGetsWritesWithoutDelay() {
    assertThat(DurableEmbeddedDatabase.durableUrl("jdbc:h2:file:/var/vigil/db"))
        .isEqualTo("jdbc:h2:file:/var/vigil/db;WRITE_DELAY=0");
    assertThat(DurableEmbeddedDatabase.durableUrl("jdbc:h2:./data/vigil;COMPRESS=TRUE"))
        .isEqualTo("jdbc:h2:./data/vigil;COMPRESS=TRUE;WRITE_DELAY=0");
    assertThat(DurableEmbeddedDatabase.durableUrl("jdbc:h2:tcp://dbhost/vigil"))
        .isEqualTo("jdbc:h2:tcp://dbhost/vigil;WRITE_DELAY=0");
    assertThat(DurableEmbeddedDatabase.durableUrl("JDBC:H2:~/vigil"))
        .isEqualTo("JDBC:H2:~/vigil;WRITE_DELAY=0");
  }

  @Test
  void aUrlThatAlreadyWritesWithoutDelayIsKeptAsItIs() {
    String shipped = "jdbc:h2:file:./data/vigil;WRITE_DELAY=0;COMPRESS=TRUE";
    assertThat(DurableEmbeddedDatabase.durableUrl(shipped)).isSameAs(shipped);
    assertThat(DurableEmbeddedDatabase.durableUrl("jdbc:h2:file:x;write_delay = 0"))
        .isEqualTo("jdbc:h2:file:x;write_delay = 0");
  }

  @Test
  void aUrlThatAsksForDelayedWritesIsRefusedWithTheReason() {
    assertThatThrownBy(() -> DurableEmbeddedDatabase.durableUrl("jdbc:h2:file:x;WRITE_DELAY=500"))
        .isInstanceOf(UnsafeDatabaseUrl.class)
        .hasMessageContaining("WRITE_DELAY=500")
        .hasMessageContaining("lose committed data");
    assertThatThrownBy(() -> DurableEmbeddedDatabase.durableUrl("jdbc:h2:file:x;Write_Delay="))
        .isInstanceOf(UnsafeDatabaseUrl.class);
  }

  @Test
  void inMemoryH2AndPostgresqlAreLeftAlone() {
    assertThat(DurableEmbeddedDatabase.durableUrl("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1"))
        .isEqualTo("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1");
    assertThat(DurableEmbeddedDatabase.durableUrl("jdbc:postgresql://h/vigil"))
        .isEqualTo("jdbc:postgresql://h/vigil");
    assertThat(DurableEmbeddedDatabase.durableUrl(null)).isNull();
  }
}
