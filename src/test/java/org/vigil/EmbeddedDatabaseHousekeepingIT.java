package org.vigil;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Housekeeping of the embedded H2 file database, as Vigil configures it by default. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:file:${java.io.tmpdir}/vigil-housekeeping-"
    + "${random.uuid}/vigil;WRITE_DELAY=0;COMPRESS=TRUE;QUERY_CACHE_SIZE=64;DB_CLOSE_ON_EXIT=FALSE")
class EmbeddedDatabaseHousekeepingIT {

  @Autowired EmbeddedDatabaseHousekeeping housekeeping;
  @Autowired MeterRegistry meters;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theFileSizeAndFillRateAreMetricsAndACompactionRoundLeavesTheDataIntact() {
    assertThat(meters.get("vigil.h2.file.bytes").gauge().value()).isPositive();
    double fill = meters.get("vigil.h2.chunks.fill.ratio").gauge().value();
    assertThat(fill).isBetween(0.0, 1.0);
    Integer before = jdbc.queryForObject("select count(*) from app_user", Integer.class);

    housekeeping.compact();

    assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class))
        .isEqualTo(before);
  }
}
