package org.vigil.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.vigil.record.TimeOrderedIds;

/** The dead-letter store, shared by every intake channel. */
@Repository
public class DeadLetters {

  private static final int REASON_LIMIT = 1000;
  private static final String COLUMNS = "id, channel, received_at, sending_application,"
      + " sending_facility, control_id, message_type, charset, ack_code, reason, raw_message,"
      + " original_size, truncated, status, replay_count, last_replayed_at, last_replayed_by,"
      + " last_replay_outcome, resolved_at, resolved_by, resolved_message_id";

  private final JdbcTemplate jdbc;

  DeadLetters(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a dead letter (in the caller's transaction, if any) and returns its id. */
  public UUID store(NewDeadLetter letter) {
    UUID id = TimeOrderedIds.next();
    jdbc.update("insert into dead_letter (id, channel, received_at, sending_application,"
            + " sending_facility, control_id, message_type, charset, ack_code, reason, raw_message,"
            + " original_size, truncated, status, replay_count)"
            + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,'OPEN',0)",
        id, letter.channel(), Timestamp.from(letter.receivedAt()),
        cut(letter.sendingApplication(), 200), cut(letter.sendingFacility(), 200),
        cut(letter.controlId(), 200), cut(letter.messageType(), 40), letter.charset(),
        letter.ackCode(), cut(letter.reason(), REASON_LIMIT), letter.raw(), letter.originalSize(),
        letter.raw().length < letter.originalSize());
    return id;
  }

  public Optional<DeadLetter> find(UUID id) {
    return jdbc.query("select " + COLUMNS + " from dead_letter where id = ?", this::map, id)
        .stream().findFirst();
  }

  /** The newest dead letters first; only open ones unless {@code includeResolved}. */
  public List<DeadLetter> list(boolean includeResolved, int limit) {
    String where = includeResolved ? "" : " where status = 'OPEN'";
    return jdbc.query("select " + COLUMNS + " from dead_letter" + where
        + " order by received_at desc, id fetch first " + limit + " rows only", this::map);
  }

  public long countOpen() {
    Long n = jdbc.queryForObject("select count(*) from dead_letter where status = 'OPEN'",
        Long.class);
    return n == null ? 0 : n;
  }

  /** Records a replay attempt; an accepted replay resolves the dead letter. */
  public void recordReplay(UUID id, String by, Instant at, ReplayResult result) {
    String outcome = cut(result.code() + ": " + result.detail(), REASON_LIMIT);
    if (result.accepted()) {
      jdbc.update("update dead_letter set replay_count = replay_count + 1, last_replayed_at = ?,"
              + " last_replayed_by = ?, last_replay_outcome = ?, status = 'RESOLVED',"
              + " resolved_at = ?, resolved_by = ?, resolved_message_id = ? where id = ?",
          Timestamp.from(at), by, outcome, Timestamp.from(at), by, result.messageId(), id);
    } else {
      jdbc.update("update dead_letter set replay_count = replay_count + 1, last_replayed_at = ?,"
              + " last_replayed_by = ?, last_replay_outcome = ? where id = ?",
          Timestamp.from(at), by, outcome, id);
    }
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  private DeadLetter map(ResultSet rs, int row) throws SQLException {
    return new DeadLetter(rs.getObject("id", UUID.class), rs.getString("channel"),
        instant(rs, "received_at"), rs.getString("sending_application"),
        rs.getString("sending_facility"), rs.getString("control_id"),
        rs.getString("message_type"), rs.getString("charset"), rs.getString("ack_code"),
        rs.getString("reason"), rs.getBytes("raw_message"), rs.getLong("original_size"),
        rs.getBoolean("truncated"), DeadLetter.Status.valueOf(rs.getString("status")),
        rs.getInt("replay_count"), instant(rs, "last_replayed_at"),
        rs.getString("last_replayed_by"), rs.getString("last_replay_outcome"),
        instant(rs, "resolved_at"), rs.getString("resolved_by"),
        rs.getObject("resolved_message_id", UUID.class));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
