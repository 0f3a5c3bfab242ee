package org.vigil.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.vigil.findings.ReportAnalysis;
import org.vigil.record.ExamId;
import org.vigil.record.ReportId;
import org.vigil.record.TimeOrderedIds;
import org.vigil.record.UuidArray;

/** Stored readings of report versions. */
@Repository
public class ReportReadings {

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final ReadingJson json;

  ReportReadings(JdbcClient jdbc, JdbcTemplate batches, ObjectMapper api) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.json = new ReadingJson(api);
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
    return !alreadyRead(List.of(report), kbVersion).isEmpty();
  }

  /**
   * Those of these report versions already read with this knowledge base. The version is compared
   * here, not in SQL: H2 answers "report_id = any(?) and kb_version = ?" by scanning the whole
   * (report_id, kb_version) index, but the ids alone by looking each one up.
   */
  Set<ReportId> alreadyRead(Collection<ReportId> reports, String kbVersion) {
    Set<ReportId> read = new HashSet<>();
    jdbc.sql("select report_id, kb_version from report_analysis where report_id = any(?)")
        .param(UuidArray.of(reports.stream().map(ReportId::value).toList()))
        .query(rs -> {
          if (kbVersion.equals(rs.getString("kb_version"))) {
            read.add(new ReportId(rs.getObject("report_id", UUID.class)));
          }
        });
    return read;
  }

  /** A reading to store: {@code run} is the re-analysis run it belongs to, or null. */
  record NewReading(ReportId report, ReportAnalysis analysis, Instant at, boolean current,
      UUID run) {}

  void insert(ReportId report, ReportAnalysis analysis, Instant at, boolean current, UUID run) {
    insertAll(List.of(new NewReading(report, analysis, at, current, run)));
  }

  /** Stores these readings in one JDBC batch. */
  void insertAll(List<NewReading> readings) {
    batches.batchUpdate("insert into report_analysis (id, report_id, kb_version, category, "
            + "communication_needed, flag_agreement, result_json, analysed_at, is_current, run_id) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        readings.stream().map(r -> new Object[] {TimeOrderedIds.next(), r.report().value(),
            r.analysis().knowledgeBaseVersion(), r.analysis().category().name(),
            r.analysis().communicationNeeded(), r.analysis().flagAgreement().name(),
            json.write(r.analysis()), r.at().atOffset(ZoneOffset.UTC), r.current(), r.run()})
            .toList());
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

  private ReportReading map(ResultSet rs, int row) throws SQLException {
    return new ReportReading(new ReportId(rs.getObject("report_id", UUID.class)),
        json.read(rs.getString("result_json")),
        rs.getObject("analysed_at", OffsetDateTime.class).toInstant(), rs.getBoolean("is_current"));
  }
}
