package org.vigil.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.vigil.record.TimeOrderedIds;
import org.vigil.record.UnreadableTime;

/** The data-quality list: accepted messages with values stored as unknown, newest first. */
@Repository
public class DataQuality {

  static final String UNREADABLE_TIME = "not a valid date/time; stored as unknown, not replaced"
      + " by the receipt time";

  private final JdbcTemplate jdbc;

  DataQuality(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the unreadable times of one message, in the caller's (the message's) transaction. */
  public void recordUnreadable(String channel, UUID messageId, String accessionNumber,
      List<UnreadableTime> times, Instant at) {
    for (UnreadableTime time : times) {
      jdbc.update("insert into data_quality_issue (id, channel, message_id, accession_number,"
              + " field, raw_value, problem, recorded_at) values (?,?,?,?,?,?,?,?)",
          TimeOrderedIds.next(), channel, messageId, accessionNumber, time.field(), time.raw(),
          UNREADABLE_TIME, Timestamp.from(at));
    }
  }

  public List<DataQualityIssue> list(int limit) {
    return query("", limit);
  }

  public List<DataQualityIssue> ofAccession(String accessionNumber) {
    return query(" where accession_number = ?", 1000, accessionNumber);
  }

  private List<DataQualityIssue> query(String where, int limit, Object... args) {
    return jdbc.query("select id, channel, message_id, accession_number, field, raw_value,"
        + " problem, recorded_at from data_quality_issue" + where
        + " order by recorded_at desc, id desc fetch first " + limit + " rows only",
        (rs, n) -> new DataQualityIssue(rs.getObject("id", UUID.class), rs.getString("channel"),
            rs.getObject("message_id", UUID.class), rs.getString("accession_number"),
            rs.getString("field"), rs.getString("raw_value"), rs.getString("problem"),
            rs.getTimestamp("recorded_at").toInstant()), args);
  }
}
