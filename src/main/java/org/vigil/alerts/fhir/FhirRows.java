package org.vigil.alerts.fhir;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.vigil.alerts.AlertQuery;

/**
 * The rows behind Task and Communication searches: ids, when each last changed and its version,
 * found through the indexes on (patient_id, updated_at), (state, updated_at) and
 * (status, updated_at); the page and the count are separate queries, so {@code _summary=count}
 * never reads a row it does not count.
 */
@Repository
class FhirRows {

  /** One alert or delivery: its id, when it last changed, its version (0 for deliveries). */
  record Row(UUID id, Instant updatedAt, long version) {}

  /** A page of rows and the number of all matches. */
  record Page(List<Row> rows, long total) {}

  private final JdbcClient jdbc;

  FhirRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Row> alert(UUID id) {
    return jdbc.sql("select id, updated_at, version from alert where id = ?").param(id)
        .query((rs, n) -> row(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class),
            rs.getLong(3))).optional();
  }

  Optional<Row> delivery(UUID id) {
    return jdbc.sql("select id, updated_at from alert_delivery where id = ?").param(id)
        .query((rs, n) -> row(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class),
            0)).optional();
  }

  Page alerts(FhirSearch search) {
    Map<String, Object> params = new HashMap<>();
    String where = where(search, "a", params);
    return page("select a.id, a.updated_at, a.version from alert a" + where,
        "select count(*) from alert a" + where, "a", search, params);
  }

  Page deliveries(FhirSearch search) {
    Map<String, Object> params = new HashMap<>();
    String where = where(search, "d", params);
    String from = " from alert_delivery d join alert a on a.id = d.alert_id";
    return page("select d.id, d.updated_at, 0" + from + where, "select count(*)" + from + where,
        "d", search, params);
  }

  private Page page(String select, String count, String table, FhirSearch search,
      Map<String, Object> params) {
    long total = jdbc.sql(count).params(params).query(Long.class).single();
    if (search.count() == 0 || total <= search.offset()) {
      return new Page(List.of(), total);
    }
    List<Row> rows = jdbc.sql(select + " order by " + table + ".updated_at desc, " + table
            + ".id limit " + search.count() + " offset " + search.offset())
        .params(params)
        .query((rs, n) -> row(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class),
            rs.getLong(3)))
        .list();
    return new Page(rows, total);
  }

  /** Conditions on the alert (a) and, for Communication, the delivery's own updated_at (d). */
  private static String where(FhirSearch s, String table, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (s.patient() != null) {
      where.append(" and a.patient_id = :patient");
      params.put("patient", s.patient());
    }
    if (s.statuses() != null) {
      where.append(s.statuses().isEmpty() ? " and 1 = 0"
          : " and (" + String.join(" or ", s.statuses()) + ")");
    }
    if (s.updatedFrom() != null) {
      where.append(" and ").append(table).append(".updated_at >= :from");
      params.put("from", s.updatedFrom().atOffset(ZoneOffset.UTC));
    }
    if (s.updatedTo() != null) {
      where.append(" and ").append(table).append(".updated_at <= :to");
      params.put("to", s.updatedTo().atOffset(ZoneOffset.UTC));
    }
    scoped(where, params, s.scope());
    return where.toString();
  }

  /** The same rule as the alert pages' scope (AlertAccess): inboxes or team, and sites. */
  private static void scoped(StringBuilder where, Map<String, Object> params,
      AlertQuery.Scope scope) {
    if (scope.inboxes() != null) {
      where.append(" and (a.id in (select alert_id from alert_delivery where channel = 'IN_APP' "
          + "and recipient in (:inboxes))");
      params.put("inboxes", scope.inboxes().isEmpty() ? List.of("-") : scope.inboxes());
      if (scope.teams() != null && !scope.teams().isEmpty()) {
        where.append(" or a.team in (:teams)");
        params.put("teams", scope.teams());
      }
      where.append(")");
    }
    if (scope.sites() != null && !scope.sites().isEmpty()) {
      where.append(" and a.site in (:sites)");
      params.put("sites", scope.sites());
    }
  }

  private static Row row(UUID id, OffsetDateTime updatedAt, long version) {
    return new Row(id, updatedAt == null ? null : updatedAt.toInstant(), version);
  }
}
