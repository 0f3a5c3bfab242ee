package org.vigil.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.vigil.record.TimeOrderedIds;

/**
 * The archive of accepted inbound messages. A message is archived in the same transaction as the
 * record change it caused; the unique key (channel, sending application, control id) makes a
 * re-sent message detectable, even when two copies race.
 */
@Repository
public class MessageArchive {

  public static final String ACCEPTED = "ACCEPTED";

  private static final String COLUMNS = "id, channel, sending_application, sending_facility,"
      + " control_id, message_type, charset, raw_message, received_at, outcome, duplicates,"
      + " dead_letter_id, result_ref";

  private final JdbcTemplate jdbc;

  MessageArchive(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Archives an accepted message. Throws Spring's {@code DuplicateKeyException} when the same
   * sender already sent this control id: the caller answers "already processed".
   */
  public UUID archive(InboundMessage message) {
    UUID id = TimeOrderedIds.next();
    jdbc.update("insert into inbound_message (" + COLUMNS + ")"
            + " values (?,?,?,?,?,?,?,?,?,?,0,?,null)",
        id, message.channel(), key(message.sendingApplication()), message.sendingFacility(),
        message.controlId(), message.messageType(), message.charset(), message.raw(),
        Timestamp.from(message.receivedAt()), ACCEPTED, message.deadLetterId());
    return id;
  }

  /** Notes what an archived message recorded (in the caller's transaction), for re-sends. */
  public void recordResult(UUID id, String resultRef) {
    jdbc.update("update inbound_message set result_ref = ? where id = ?", resultRef, id);
  }

  /** Counts a re-send of an archived message; false when there is no such message. */
  public boolean recordDuplicate(String channel, String sendingApplication, String controlId,
      Instant at) {
    return jdbc.update("update inbound_message set duplicates = duplicates + 1,"
            + " last_duplicate_at = ? where channel = ? and sending_application = ?"
            + " and control_id = ?",
        Timestamp.from(at), channel, key(sendingApplication), controlId) > 0;
  }

  public Optional<ArchivedMessage> find(UUID id) {
    return jdbc.query("select " + COLUMNS + " from inbound_message where id = ?", this::map, id)
        .stream().findFirst();
  }

  public Optional<ArchivedMessage> findByControlId(String channel, String sendingApplication,
      String controlId) {
    return jdbc.query("select " + COLUMNS + " from inbound_message where channel = ?"
                + " and sending_application = ? and control_id = ?",
            this::map, channel, key(sendingApplication), controlId)
        .stream().findFirst();
  }

  public long count() {
    Long n = jdbc.queryForObject("select count(*) from inbound_message", Long.class);
    return n == null ? 0 : n;
  }

  private static String key(String sendingApplication) {
    return sendingApplication == null ? "" : sendingApplication;
  }

  private ArchivedMessage map(ResultSet rs, int row) throws SQLException {
    return new ArchivedMessage(rs.getObject("id", UUID.class), rs.getString("channel"),
        rs.getString("sending_application"), rs.getString("sending_facility"),
        rs.getString("control_id"), rs.getString("message_type"), rs.getString("charset"),
        rs.getBytes("raw_message"), rs.getTimestamp("received_at").toInstant(),
        rs.getString("outcome"), rs.getInt("duplicates"), rs.getObject("dead_letter_id", UUID.class),
        rs.getString("result_ref"));
  }
}
