package org.vigil.alerts;

import static org.vigil.alerts.Alerts.instant;
import static org.vigil.alerts.Alerts.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.vigil.record.TimeOrderedIds;

/** Stored deliveries. Planning the same delivery twice stores it once (its unique key). */
@Repository
public class Deliveries {

  private static final String COLUMNS = "id, alert_id, purpose, level, channel, recipient, status, "
      + "attempts, next_attempt_at, last_error, created_at, delivered_at";

  private final JdbcClient jdbc;

  Deliveries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Delivery> ofAlert(AlertId alert) {
    return jdbc.sql("select " + COLUMNS + " from alert_delivery where alert_id = ? "
            + "order by created_at, id")
        .param(alert.value()).query(Deliveries::map).list();
  }

  Optional<Delivery> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from alert_delivery where id = ?").param(id)
        .query(Deliveries::map).optional();
  }

  /** Plans a delivery unless the same one was planned before; true when it is new. */
  boolean plan(AlertId alert, String purpose, int level, Channel channel, String recipient,
      Instant now) {
    Long existing = jdbc.sql("select count(*) from alert_delivery where alert_id = ? and purpose = ? "
            + "and level = ? and channel = ? and recipient = ?")
        .param(alert.value()).param(purpose).param(level).param(channel.name()).param(recipient)
        .query(Long.class).single();
    if (existing > 0) {
      return false;
    }
    jdbc.sql("insert into alert_delivery (" + COLUMNS + ") values "
            + "(?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, null, ?, null)")
        .param(TimeOrderedIds.next()).param(alert.value()).param(purpose).param(level)
        .param(channel.name()).param(recipient).param(ts(now)).param(ts(now))
        .update();
    return true;
  }

  /** Deliveries waiting to be sent or retried, most overdue first (read from the due index). */
  List<UUID> due(Instant now, int limit) {
    return jdbc.sql("select id from alert_delivery where next_attempt_at <= ? "
            + "order by next_attempt_at limit ?")
        .param(ts(now)).param(limit).query((rs, n) -> rs.getObject(1, UUID.class)).list();
  }

  /**
   * Takes the next attempt of a delivery: only one node wins it (it must still be due, with the
   * attempt count this node read: a node that read it after another's claim sees it leased), and
   * the delivery is leased until {@code leaseUntil} in case this node dies mid-send.
   */
  boolean claim(Delivery d, Instant now, Instant leaseUntil) {
    return jdbc.sql("update alert_delivery set attempts = attempts + 1, next_attempt_at = ? "
            + "where id = ? and attempts = ? and status = 'PENDING' and next_attempt_at <= ?")
        .param(ts(leaseUntil)).param(d.id()).param(d.attempts()).param(ts(now)).update() == 1;
  }

  void delivered(UUID id, Instant at) {
    jdbc.sql("update alert_delivery set status = 'DELIVERED', delivered_at = ?, "
            + "next_attempt_at = null, last_error = null where id = ?")
        .param(ts(at)).param(id).update();
  }

  void retryAt(UUID id, Instant at, String error) {
    jdbc.sql("update alert_delivery set next_attempt_at = ?, last_error = ? where id = ?")
        .param(ts(at)).param(cut(error)).param(id).update();
  }

  void failed(UUID id, String error) {
    jdbc.sql("update alert_delivery set status = 'FAILED', next_attempt_at = null, last_error = ? "
            + "where id = ?")
        .param(cut(error)).param(id).update();
  }

  /** Cancels what was still waiting to tell people about this alert (it was withdrawn). */
  void cancelPending(AlertId alert) {
    jdbc.sql("update alert_delivery set status = 'CANCELLED', next_attempt_at = null "
            + "where alert_id = ? and status = 'PENDING' "
            + "and (purpose like 'ALERT:%' or purpose = 'REASSIGNED')")
        .param(alert.value()).update();
  }

  /** Alerts with an in-app delivery to any of these inboxes. */
  public List<AlertId> inboxAlerts(Collection<String> inboxes) {
    if (inboxes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select distinct alert_id from alert_delivery where channel = 'IN_APP' "
            + "and recipient in (:inboxes)")
        .param("inboxes", inboxes)
        .query((rs, n) -> new AlertId(rs.getObject(1, UUID.class))).list();
  }

  private static Delivery map(ResultSet rs, int row) throws SQLException {
    return new Delivery(rs.getObject("id", UUID.class),
        new AlertId(rs.getObject("alert_id", UUID.class)), rs.getString("purpose"),
        rs.getInt("level"), Channel.valueOf(rs.getString("channel")), rs.getString("recipient"),
        Delivery.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
        instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "created_at"),
        instant(rs, "delivered_at"));
  }

  private static String cut(String s) {
    return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
  }
}
