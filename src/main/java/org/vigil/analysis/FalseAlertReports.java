package org.vigil.analysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.record.ReportId;

/** Findings clinicians marked as wrong, for the knowledge-base owner to review. */
@Repository
public class FalseAlertReports {

  static final int COMMENT_LIMIT = 1000;

  private final JdbcClient jdbc;

  FalseAlertReports(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the report; returns only after it is committed. */
  @Transactional
  public void add(FalseAlertReport r) {
    if (r.comment() != null && r.comment().length() > COMMENT_LIMIT) {
      throw new IllegalArgumentException("comment longer than " + COMMENT_LIMIT + " characters");
    }
    jdbc.sql("insert into false_alert_report (id, report_id, finding_index, concept, category, "
            + "matched_words, reason, comment_text, engine_version, explanation, reported_by, "
            + "reported_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(r.id(), r.report().value(), r.findingIndex(), r.finding().concept(),
            r.finding().category(), limit(r.finding().matchedWords(), 500), r.reason().name(),
            r.comment(), r.engineVersion(), r.explanation(), r.reportedBy(),
            r.reportedAt().atOffset(ZoneOffset.UTC))
        .update();
  }

  /** The most recent reports first. */
  public List<FalseAlertReport> recent(int limit) {
    return jdbc.sql("select * from false_alert_report order by reported_at desc, id limit ?")
        .param(limit)
        .query(this::map)
        .list();
  }

  private static String limit(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }

  private FalseAlertReport map(ResultSet rs, int row) throws SQLException {
    return new FalseAlertReport(rs.getObject("id", UUID.class),
        new ReportId(rs.getObject("report_id", UUID.class)), rs.getInt("finding_index"),
        new FalseAlertReport.MarkedFinding(rs.getString("concept"), rs.getString("category"),
            rs.getString("matched_words")),
        FalseAlertReason.valueOf(rs.getString("reason")), rs.getString("comment_text"),
        rs.getString("engine_version"), rs.getString("explanation"), rs.getString("reported_by"),
        rs.getObject("reported_at", OffsetDateTime.class).toInstant());
  }
}
