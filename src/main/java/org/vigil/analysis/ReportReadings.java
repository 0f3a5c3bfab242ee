package org.vigil.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.vigil.findings.ReportAnalysis;
import org.vigil.record.ExamId;
import org.vigil.record.ReportId;
import org.vigil.record.TimeOrderedIds;

/** Stored readings of report versions. */
@Repository
public class ReportReadings {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  ReportReadings(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** The reading in effect for a report version, if it has been read. */
  public Optional<ReportReading> current(ReportId report) {
    return jdbc.sql("select report_id, result_json, analysed_at, is_current from report_analysis "
            + "where report_id = ? and is_current = true")
        .param(report.value())
        .query(this::map)
        .optional();
  }

  /** Current readings of every version of an exam's report, oldest version first. */
  public List<ReportReading> currentForExam(ExamId exam) {
    return jdbc.sql("select a.report_id, a.result_json, a.analysed_at, a.is_current "
            + "from report_analysis a join report r on r.id = a.report_id "
            + "where r.exam_id = ? and a.is_current = true order by r.sequence_no")
        .param(exam.value())
        .query(this::map)
        .list();
  }

  /** Versions of the knowledge base that produced the current readings, with their counts. */
  public List<VersionCount> currentVersions() {
    return jdbc.sql("select kb_version, count(*) n from report_analysis where is_current = true "
            + "group by kb_version order by kb_version")
        .query((rs, n) -> new VersionCount(rs.getString("kb_version"), rs.getLong("n")))
        .list();
  }

  public record VersionCount(String version, long reports) {}

  /** Where a sweep for unread reports has got to: the last report it looked at. */
  record SweepPosition(Instant receivedAt, UUID id) {
    static final SweepPosition START = new SweepPosition(Instant.EPOCH, new UUID(0, 0));
  }

  /** A report version without a current reading, with its place in the sweep order. */
  record Unread(ReportId report, SweepPosition position) {}

  /**
   * Report versions after {@code after} (by receipt time, then id) that have no current reading
   * yet, oldest first. Paging by position keeps each sweep's cost to what it returns, however many
   * reports were read long ago, and lets a sweep move past reports that keep failing.
   */
  List<Unread> unread(SweepPosition after, int limit) {
    return jdbc.sql("select r.id, r.received_at from report r where (r.received_at > ? "
            + "or (r.received_at = ? and r.id > ?)) and not exists (select 1 from report_analysis a "
            + "where a.report_id = r.id and a.is_current = true) order by r.received_at, r.id limit ?")
        .params(after.receivedAt().atOffset(ZoneOffset.UTC),
            after.receivedAt().atOffset(ZoneOffset.UTC), after.id(), limit)
        .query((rs, n) -> {
          UUID id = rs.getObject("id", UUID.class);
          return new Unread(new ReportId(id),
              new SweepPosition(rs.getObject("received_at", OffsetDateTime.class).toInstant(), id));
        })
        .list();
  }

  boolean exists(ReportId report, String kbVersion) {
    return jdbc.sql("select count(*) from report_analysis where report_id = ? and kb_version = ?")
        .params(report.value(), kbVersion)
        .query(Long.class)
        .single() > 0;
  }

  void insert(ReportId report, ReportAnalysis analysis, Instant at, boolean current, UUID run) {
    jdbc.sql("insert into report_analysis (id, report_id, kb_version, category, "
            + "communication_needed, flag_agreement, result_json, analysed_at, is_current, run_id) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(java.util.Arrays.asList(TimeOrderedIds.next(), report.value(),
            analysis.knowledgeBaseVersion(), analysis.category().name(),
            analysis.communicationNeeded(), analysis.flagAgreement().name(), write(analysis),
            at.atOffset(ZoneOffset.UTC), current, run))
        .update();
  }

  /** Makes a run's readings current and retires the ones they replace. */
  int promoteRun(UUID run) {
    jdbc.sql("update report_analysis set is_current = false where is_current = true and report_id in "
            + "(select report_id from report_analysis where run_id = ?)")
        .param(run)
        .update();
    return jdbc.sql("update report_analysis set is_current = true where run_id = ?")
        .param(run)
        .update();
  }

  private String write(ReportAnalysis analysis) {
    try {
      return json.writeValueAsString(analysis);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a report analysis", e);
    }
  }

  private ReportReading map(ResultSet rs, int row) throws SQLException {
    try {
      ReportAnalysis analysis = json.readValue(rs.getString("result_json"), ReportAnalysis.class);
      return new ReportReading(new ReportId(rs.getObject("report_id", UUID.class)), analysis,
          rs.getObject("analysed_at", OffsetDateTime.class).toInstant(),
          rs.getBoolean("is_current"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored report analysis is unreadable", e);
    }
  }
}
