package org.vigil;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/** Says loudly at start when Vigil runs on the embedded H2 database, which is for evaluation. */
@Component
class EmbeddedDatabaseWarning {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseWarning.class);

  private final DataSource dataSource;

  EmbeddedDatabaseWarning(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @EventListener(ApplicationReadyEvent.class)
  void warnIfEmbedded() throws java.sql.SQLException {
    var connection = DataSourceUtils.getConnection(dataSource);
    try {
      String product = connection.getMetaData().getDatabaseProductName();
      if (product.toUpperCase().contains("H2")) {
        log.warn("Vigil is running on the embedded H2 database. H2 is for evaluation only: it does "
            + "not sync commits to disk, so a power cut can lose acknowledged messages. Use "
            + "PostgreSQL in production (SPRING_DATASOURCE_URL).");
      }
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }
}
