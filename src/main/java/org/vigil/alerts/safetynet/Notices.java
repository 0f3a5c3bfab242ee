package org.vigil.alerts.safetynet;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.vigil.alerts.AlertId;
import org.vigil.alerts.Channel;

/** Stored patient notices: one per alert at most (its unique key). */
@Repository
class Notices {

  private static final String COLUMNS =
      "id, alert_id, delivery_id, medium, wording, queued_at, sent_at, sent_by";

  private final JdbcClient jdbc;

  Notices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void add(Notice n) {
    jdbc.sql("insert into safety_net_notice (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)")
        .param(n.id()).param(n.alertId().value()).param(n.deliveryId()).param(n.medium().name())
        .param(n.wording()).param(ts(n.queuedAt())).param(ts(n.sentAt())).param(n.sentBy())
        .update();
  }

  boolean existsFor(AlertId alert) {
    return jdbc.sql("select count(*) from safety_net_notice where alert_id = ?")
        .param(alert.value()).query(Long.class).single() > 0;
  }

  Optional<Notice> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from safety_net_notice where id = ?").param(id)
        .query(Notices::map).optional();
  }

  /** Notices still to send, oldest first; or the latest sent ones. */
  List<Notice> list(boolean sent, int limit) {
    return jdbc.sql("select " + COLUMNS + " from safety_net_notice where sent_at is "
            + (sent ? "not null order by sent_at desc" : "null order by queued_at") + " limit ?")
        .param(limit).query(Notices::map).list();
  }

  /** Marks it sent unless someone already did; true when this call did. */
  boolean markSent(UUID id, String by, Instant at) {
    return jdbc.sql("update safety_net_notice set sent_at = ?, sent_by = ? "
            + "where id = ? and sent_at is null")
        .param(ts(at)).param(by).param(id).update() == 1;
  }

  private static Notice map(ResultSet rs, int row) throws SQLException {
    return new Notice(rs.getObject("id", UUID.class),
        new AlertId(rs.getObject("alert_id", UUID.class)), rs.getObject("delivery_id", UUID.class),
        Channel.valueOf(rs.getString("medium")), rs.getString("wording"),
        instant(rs, "queued_at"), instant(rs, "sent_at"), rs.getString("sent_by"));
  }

  private static OffsetDateTime ts(Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
