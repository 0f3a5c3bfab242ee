package org.vigil;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The database's part of health, by running a real statement (a pooled connection can look valid
 * after H2 has closed its database). An embedded H2 database that has closed itself (as it does
 * when the heap runs out mid-write) never reopens in this process: then liveness goes BROKEN too,
 * so the supervisor restarts Vigil rather than leaving it answering nothing while it looks up.
 */
@Component("database")
class DatabaseHealth implements HealthIndicator {

  private static final Logger log = LoggerFactory.getLogger(DatabaseHealth.class);
  /** H2's codes for "the database has been closed" and "database is shutting down". */
  private static final int H2_DATABASE_CLOSED = 90098;
  private static final int H2_SHUTTING_DOWN = 90121;

  private final DataSource dataSource;
  private final ApplicationEventPublisher events;

  DatabaseHealth(DataSource dataSource, ApplicationEventPublisher events) {
    this.dataSource = dataSource;
    this.events = events;
  }

  @Override
  public Health health() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(5);
      statement.execute("select 1");
      return Health.up().withDetail("database", connection.getMetaData().getDatabaseProductName())
          .build();
    } catch (SQLException e) {
      if (closedForGood(e)) {
        log.error("the embedded database has closed and cannot reopen in this process: "
            + "liveness is now BROKEN (restart Vigil)");
        AvailabilityChangeEvent.publish(events, this, LivenessState.BROKEN);
      }
      return Health.down().withDetail("problem", "the database cannot be reached or used")
          .withDetail("error", e.getClass().getSimpleName() + " " + e.getErrorCode()).build();
    }
  }

  private static boolean closedForGood(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && (sql.getErrorCode() == H2_DATABASE_CLOSED
          || sql.getErrorCode() == H2_SHUTTING_DOWN)) {
        return true;
      }
    }
    return false;
  }
}
