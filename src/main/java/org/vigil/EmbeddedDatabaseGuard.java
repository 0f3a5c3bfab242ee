package org.vigil;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Checks the database Vigil actually connected to before any message can be taken in: an H2
 * database that delays its writes is refused (whatever set the delay), and H2 at all is announced
 * loudly as fit for evaluation only.
 */
@Component
class EmbeddedDatabaseGuard implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseGuard.class);

  private final DataSource dataSource;

  EmbeddedDatabaseGuard(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void afterPropertiesSet() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      if (!product.toUpperCase().contains("H2")) {
        return;
      }
      log.warn("Vigil is running on the embedded H2 database. H2 is for evaluation only: it does "
          + "not sync commits to disk, so a power cut can lose acknowledged messages. Use "
          + "PostgreSQL in production (SPRING_DATASOURCE_URL).");
      String delay = writeDelay(connection);
      if (!"0".equals(delay)) {
        throw new UnsafeDatabaseUrl("The H2 database delays its writes (WRITE_DELAY=" + delay
            + "), so a killed process would lose messages Vigil had already acknowledged. "
            + "Connect with WRITE_DELAY=0.");
      }
    }
  }

  private static String writeDelay(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("select setting_value from information_schema.settings "
            + "where setting_name = 'WRITE_DELAY'")) {
      return rs.next() ? rs.getString(1).trim() : "unknown";
    }
  }
}
