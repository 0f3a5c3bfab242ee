package org.vigil.record;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

/**
 * Ids as one SQL array parameter, for {@code where id = any(?)}: one statement (and one cached
 * plan) for any number of ids, which both H2 and PostgreSQL answer from the id's index.
 */
public final class UuidArray {

  private UuidArray() {}

  public static SqlTypeValue of(Collection<UUID> ids) {
    Object[] values = ids.toArray();
    return new AbstractSqlTypeValue() {
      @Override
      protected Object createTypeValue(Connection connection, int sqlType, String typeName)
          throws SQLException {
        return connection.createArrayOf("uuid", values);
      }
    };
  }
}
